using System.Text.RegularExpressions;
using Grpc.Core;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>How a refusal must look to a client: a status of the refusal class and a message without internals.</summary>
public static partial class ErrorText
{
    public static readonly IReadOnlySet<StatusCode> RefusalCodes = new HashSet<StatusCode>
    {
        StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.FailedPrecondition, StatusCode.OutOfRange,
        StatusCode.PermissionDenied, StatusCode.Unauthenticated, StatusCode.ResourceExhausted, StatusCode.AlreadyExists,
    };

    /// <summary>"   at Foo.Bar(...)", "--- End of stack trace", "System.InvalidOperationException: ...", "Npgsql..."</summary>
    public static bool LeaksInternals(string? message) =>
        !string.IsNullOrEmpty(message) && InternalsPattern().IsMatch(message);

    [GeneratedRegex(@"(\bat [\w.`<>]+\(|--- End of|\b\w+(\.\w+)+Exception\b|Npgsql|StackExchange\.Redis|Exception was thrown by handler)")]
    private static partial Regex InternalsPattern();
}
