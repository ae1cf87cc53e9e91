namespace Streamflix.ServiceDefaults.Auth;

/// <summary>
/// Bound from "Auth". The AppHost passes the signing key from its secret parameter
/// "auth-signing-key" as Auth__SigningKey to every service; there is no default.
/// </summary>
public sealed class StreamflixAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>At least 32 characters; HMAC-SHA256 key shared by the issuer (accounts) and every validator.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "streamflix-accounts";

    public string Audience { get; set; } = "streamflix";

    /// <summary>Tolerated clock difference between processes when checking expiry.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
