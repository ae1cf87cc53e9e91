using System.Security.Claims;

namespace Streamflix.Web.Accounts;

public enum SessionState
{
    /// <summary>The access token has more than <see cref="SessionRefreshRule.Ahead"/> to live.</summary>
    Fresh,

    /// <summary>The access token expires soon or has expired: rotate the pair now.</summary>
    RefreshDue,

    /// <summary>The cookie carries no refresh token (or no account): nothing can renew it.</summary>
    Broken,
}

/// <summary>When the site rotates a viewer's tokens, checked on every request that carries the cookie.</summary>
public static class SessionRefreshRule
{
    /// <summary>
    /// A token this close to expiry is replaced before the request uses it, so that a call made
    /// while the page renders (or a circuit that starts now) does not reach a service just too late.
    /// </summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromSeconds(60);

    public static SessionState Check(ClaimsPrincipal? principal, DateTimeOffset now)
    {
        if (Viewer.From(principal) is not { RefreshToken.Length: > 0 } viewer)
        {
            return SessionState.Broken;
        }

        // An unreadable expiry is treated as expired: refreshing costs one call, using a dead token a failed page.
        return viewer.AccessTokenExpiresAt is { } expiresAt && expiresAt - now > Ahead && viewer.AccessToken.Length > 0
            ? SessionState.Fresh
            : SessionState.RefreshDue;
    }
}
