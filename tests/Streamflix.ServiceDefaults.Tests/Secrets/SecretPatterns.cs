using System.Text.RegularExpressions;

namespace Streamflix.ServiceDefaults.Tests.Secrets;

/// <summary>
/// What a committed secret looks like. Secrets belong in Aspire parameters (generated per run or set
/// in user secrets / the deployment), never in the repository, where every clone and every fork
/// keeps them forever.
/// </summary>
public static partial class SecretPatterns
{
    /// <param name="ConfigOnly">Only in configuration files: in C# the same shape is a test's fake key.</param>
    public sealed record Pattern(string Name, Regex Regex, bool ConfigOnly = false, Func<string, bool>? Accept = null)
    {
        public bool Matches(string line, out string value)
        {
            foreach (Match match in Regex.Matches(line))
            {
                if (Accept?.Invoke(match.Value) ?? true)
                {
                    value = match.Value;
                    return true;
                }
            }

            value = "";
            return false;
        }
    }

    public static IReadOnlyList<Pattern> All { get; } =
    [
        new("private key", PrivateKey()),
        new("JWT", Jwt()),
        new("password in a connection string", ConnectionStringPassword()),
        new("secret-named setting with a literal value", SecretSetting(), ConfigOnly: true),
        // Random keys mix cases and digits; identifiers, words and counting digits do not.
        new("long base64 key", LongBase64(), Accept: v => v.Any(char.IsAsciiLetterUpper) && v.Any(char.IsAsciiLetterLower) && v.Any(char.IsAsciiDigit)),
        new("long hex key", LongHex(), Accept: v => v.Any(char.IsAsciiDigit) && v.Any(char.IsAsciiLetter)),
    ];

    public static bool IsConfigFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".yml" or ".yaml" or ".env" or ".config" or ".xml"
            or ".props" or ".targets" or ".sh" or ".ini" or ".conf" or ".http"
        || Path.GetFileName(path).StartsWith(".env", StringComparison.Ordinal);

    [GeneratedRegex(@"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    // Header and payload of a JWT both start with '{"' in base64url: "eyJ".
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();

    // "Host=db;Password=…" with a value, but not "Password={password}" or "Password=$PGPASSWORD" (placeholders),
    // nor C# "Password = value" (a connection string has no spaces around '=' and names a server or user).
    [GeneratedRegex(@"(?i)\b(host|server|data source|username|user id|uid)=[^""'\n]*?\b(password|pwd)=(?![{$%<])[^;""'\s]{3,}")]
    private static partial Regex ConnectionStringPassword();

    // JSON/YAML/env: "SigningKey": "…", ADMIN_PASSWORD=…, apiKey: …
    [GeneratedRegex(@"(?i)[""']?\b[\w.:-]*(password|secret|signingkey|writekey|apikey|api_key|accesskey|privatekey|operationskey|internalkey)[""']?\s*[:=]\s*[""'](?![{$<])[^""'\s]{8,}[""']")]
    private static partial Regex SecretSetting();

    [GeneratedRegex(@"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/_-])")]
    private static partial Regex LongBase64();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9a-fA-F]{40,}(?![0-9A-Za-z])")]
    private static partial Regex LongHex();
}
