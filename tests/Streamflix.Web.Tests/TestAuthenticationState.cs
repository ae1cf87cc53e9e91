using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Streamflix.Web.Tests;

/// <summary>The signed-in user a test sets, as the server's authentication state would hold them.</summary>
internal sealed class TestAuthenticationState : AuthenticationStateProvider
{
    public ClaimsPrincipal User { get; set; } = new(new ClaimsIdentity());

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
}
