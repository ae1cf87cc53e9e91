namespace Streamflix.ServiceDefaults.Auth;

/// <summary>Claim names in Streamflix access tokens (JWT registered names, not mapped to WS-* URIs).</summary>
public static class StreamflixClaims
{
    /// <summary>The account id (uuid).</summary>
    public const string Subject = "sub";

    public const string Email = "email";

    public const string Role = "role";

    public const string TokenId = "jti";

    public const string AdminRole = "admin";
}
