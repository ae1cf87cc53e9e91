using System.Text.RegularExpressions;

namespace Streamflix.ServiceDefaults.Tests.Secrets;

/// <summary>
/// What a committed secret looks like. Secrets belong in Aspire parameters (generated per run or set
/// in user secrets / the deployment), never in the repository, where every clone and every fork
/// keeps them forever.
/// </summary>
public static partial class SecretPatterns
{
    public sealed record Pattern(string Name, Regex Regex);

    public static IReadOnlyList<Pattern> All { get; } =
    [
        new("private key", PrivateKey()),
        new("JWT", Jwt()),
        new("password in a connection string", ConnectionStringPassword()),
        new("secret-named setting with a literal value", SecretSetting()),
        new("long base64 key", LongBase64()),
        new("long hex key", LongHex()),
    ];

    [GeneratedRegex(@"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    // Header and payload of a JWT both start with '{"' in base64url: "eyJ".
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();

    // "Host=db;Password=hunter2" but not "Password={password}" or "Password=$PGPASSWORD" (placeholders).
    [GeneratedRegex(@"(?i)\b(password|pwd)\s*=\s*(?![{$%<""'])[^;""'\s]{3,}\s*(;|""|'|$)")]
    private static partial Regex ConnectionStringPassword();

    // JSON/YAML/env: "SigningKey": "…", ADMIN_PASSWORD=…, apiKey: …
    [GeneratedRegex(@"(?i)[""']?\b[\w.:-]*(password|secret|signingkey|writekey|apikey|api_key|accesskey|privatekey|operationskey|internalkey)[""']?\s*[:=]\s*[""'](?![{$<])[^""'\s]{8,}[""']")]
    private static partial Regex SecretSetting();

    [GeneratedRegex(@"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/_-])")]
    private static partial Regex LongBase64();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9a-fA-F]{40,}(?![0-9A-Za-z])")]
    private static partial Regex LongHex();
}
