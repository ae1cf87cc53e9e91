using System.Globalization;
using System.Security.Claims;
using Streamflix.Accounts.Contracts;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Builds the principal the auth cookie holds: who the viewer is (from accounts), what the access
/// token lets them do (roles), the tokens themselves and the chosen profile.
/// </summary>
public static class ViewerPrincipal
{
    public const string AuthenticationType = "streamflix";

    /// <exception cref="FormatException">The access token is not a readable JWT.</exception>
    public static ClaimsPrincipal Create(TokenPair tokens, string email, string displayName)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var payload = AccessTokenPayload.Read(tokens.AccessToken);
        var accountId = string.IsNullOrEmpty(tokens.AccountId) ? payload.Subject : tokens.AccountId;
        List<Claim> claims =
        [
            new(StreamflixClaims.Subject, accountId),
            new(StreamflixClaims.Email, email),
            new(ViewerClaims.Name, string.IsNullOrWhiteSpace(displayName) ? email : displayName),
            .. TokenClaims(tokens, payload),
        ];
        return new ClaimsPrincipal(Identity(claims));
    }

    /// <summary>The same viewer with a rotated token pair; roles follow the new access token.</summary>
    /// <exception cref="FormatException">The access token is not a readable JWT.</exception>
    public static ClaimsPrincipal WithTokens(ClaimsPrincipal current, TokenPair tokens)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(tokens);
        var payload = AccessTokenPayload.Read(tokens.AccessToken);
        var kept = current.Claims.Where(c => !ViewerClaims.TokenClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value));
        return new ClaimsPrincipal(Identity([.. kept, .. TokenClaims(tokens, payload)]));
    }

    /// <summary>The same viewer watching as <paramref name="profile"/>.</summary>
    public static ClaimsPrincipal WithProfile(ClaimsPrincipal current, ChosenProfile profile)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(profile);
        var kept = current.Claims.Where(c => !ViewerClaims.ProfileClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value));
        return new ClaimsPrincipal(Identity(
        [
            .. kept,
            new(ViewerClaims.ProfileId, profile.Id),
            new(ViewerClaims.ProfileName, profile.Name),
            new(ViewerClaims.ProfileKids, profile.Kids ? "true" : "false"),
        ]));
    }

    private static IEnumerable<Claim> TokenClaims(TokenPair tokens, AccessTokenPayload payload)
    {
        yield return new(ViewerClaims.AccessToken, tokens.AccessToken);
        yield return new(ViewerClaims.RefreshToken, tokens.RefreshToken);
        yield return new(ViewerClaims.AccessTokenExpiresAt,
            (tokens.AccessTokenExpiresAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
        foreach (var role in payload.Roles.Distinct(StringComparer.Ordinal))
        {
            yield return new(StreamflixClaims.Role, role);
        }
    }

    // The claim types are named for the identity so that User.Identity.Name and IsInRole read
    // the JWT-style "name" and "role" claims.
    private static ClaimsIdentity Identity(IEnumerable<Claim> claims) =>
        new(claims, AuthenticationType, ViewerClaims.Name, StreamflixClaims.Role);
}
