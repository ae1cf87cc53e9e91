using Grpc.Core;
using Microsoft.AspNetCore.Components.Authorization;

namespace Streamflix.Web.Accounts;

/// <summary>
/// The signed-in viewer and their access token, for calls made on their behalf. Read through the
/// authentication state, so it works alike in static pages (the request's user, whose tokens the
/// cookie check has just refreshed) and in interactive circuits (the user the circuit began with).
/// </summary>
public sealed class UserTokens(AuthenticationStateProvider authenticationState)
{
    public async Task<Viewer?> ViewerAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        return Viewer.From(state.User);
    }

    /// <summary>The "authorization" header for the viewer's calls; empty when nobody is signed in.</summary>
    public async Task<Metadata> AuthorizationAsync() => Authorization((await ViewerAsync())?.AccessToken);

    public static Metadata Authorization(string? accessToken) =>
        string.IsNullOrEmpty(accessToken) ? [] : new Metadata { { "authorization", $"Bearer {accessToken}" } };
}
