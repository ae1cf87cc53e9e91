using Streamflix.ServiceDefaults.Security;

namespace Streamflix.EventBus;

internal static class OperationsKey
{
    public const string Header = "X-Operations-Key";

    /// <summary>The house rule for service keys (digests compared in constant time, so neither content nor length leaks).</summary>
    public static bool Matches(string expected, string? presented) =>
        SharedKeyCheck.Check(expected, presented) == SharedKeyOutcome.Match;
}
