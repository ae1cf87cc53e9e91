namespace Streamflix.ServiceDefaults.Tests.Secrets;

/// <summary>
/// Matches that are not secrets, each with the reason. An entry names a file (path from the
/// repository root, '/' separated) and the pattern; a narrower entry is always better than a wider one.
/// </summary>
public static class SecretAllowList
{
    public sealed record Entry(string Path, string Pattern, string Reason);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("Streamflix.Web/ClientApp/package-lock.json", "long base64 key",
            "npm 'integrity' fields: SHA-512 digests of public packages, published by the registry."),
    ];

    public static bool Allows(string path, string pattern) =>
        Entries.Any(e => e.Pattern == pattern && (e.Path == path || (e.Path.EndsWith('/') && path.StartsWith(e.Path, StringComparison.Ordinal))));
}
