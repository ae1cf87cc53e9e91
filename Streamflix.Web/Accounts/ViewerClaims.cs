namespace Streamflix.Web.Accounts;

/// <summary>
/// Claim types the site's auth cookie carries besides the access token's own ("sub", "email",
/// "role"): the display name, the tokens (so that both static pages and circuits can call
/// services for the viewer) and the profile chosen on "Who's watching?".
/// </summary>
public static class ViewerClaims
{
    public const string Name = "name";
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";

    /// <summary>Round-trip ("O") UTC time, so the refresh rule reads it back exactly.</summary>
    public const string AccessTokenExpiresAt = "access_token_expires_at";

    public const string ProfileId = "profile_id";
    public const string ProfileName = "profile_name";
    public const string ProfileKids = "profile_kids";

    /// <summary>Claims replaced when tokens rotate; everything else about the viewer stays.</summary>
    public static readonly IReadOnlySet<string> TokenClaims = new HashSet<string>(StringComparer.Ordinal)
    {
        AccessToken,
        RefreshToken,
        AccessTokenExpiresAt,
        Streamflix.ServiceDefaults.Auth.StreamflixClaims.Role,
    };

    public static readonly IReadOnlySet<string> ProfileClaims = new HashSet<string>(StringComparer.Ordinal)
    {
        ProfileId,
        ProfileName,
        ProfileKids,
    };
}
