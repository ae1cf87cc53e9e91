using System.Globalization;
using System.Security.Claims;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Web.Accounts;

/// <summary>The signed-in viewer as the auth cookie describes them.</summary>
public sealed record Viewer(
    string AccountId,
    string Email,
    string DisplayName,
    bool IsAdmin,
    string AccessToken,
    string RefreshToken,
    DateTimeOffset? AccessTokenExpiresAt,
    ChosenProfile? Profile)
{
    /// <summary>The viewer, or null when <paramref name="user"/> is not signed in with a Streamflix session.</summary>
    public static Viewer? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(StreamflixClaims.Subject)?.Value is not { Length: > 0 } accountId)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.TryParse(
            user.FindFirst(ViewerClaims.AccessTokenExpiresAt)?.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : (DateTimeOffset?)null;
        var profile = user.FindFirst(ViewerClaims.ProfileId)?.Value is { Length: > 0 } profileId
            ? new ChosenProfile(profileId, user.FindFirst(ViewerClaims.ProfileName)?.Value ?? "", user.FindFirst(ViewerClaims.ProfileKids)?.Value == "true")
            : null;
        var email = user.FindFirst(StreamflixClaims.Email)?.Value ?? "";
        return new Viewer(
            accountId,
            email,
            user.FindFirst(ViewerClaims.Name)?.Value ?? email,
            user.IsInRole(StreamflixClaims.AdminRole),
            user.FindFirst(ViewerClaims.AccessToken)?.Value ?? "",
            user.FindFirst(ViewerClaims.RefreshToken)?.Value ?? "",
            expiresAt,
            profile);
    }

    // A record prints every member; tokens must never reach a log line that prints a viewer.
    public override string ToString() => $"Viewer {{ AccountId = {AccountId}, Profile = {Profile?.Id ?? "none"} }}";
}
