using System.Security.Claims;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class ViewerCookieEventsTests : IDisposable
{
    private readonly FakeAccountsClient _accounts = new();
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly FakeTimeProvider _clock = new(AccountSamples.Now);
    private readonly RecordingAuthentication _authentication = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task A_fresh_token_is_left_alone()
    {
        var context = Validate(AccountSamples.SignedIn(AccountSamples.Tokens(expiresAt: AccountSamples.Now.AddMinutes(4))));

        await Events().ValidatePrincipal(context);

        Assert.Equal(0, _accounts.CallsTo("RefreshTokens"));
        Assert.False(context.ShouldRenew);
        Assert.NotNull(context.Principal);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_rotated_and_the_cookie_reissued()
    {
        var profile = new ChosenProfile("p1", "Ada", Kids: false);
        var context = Validate(AccountSamples.SignedIn(AccountSamples.Tokens("refresh-1", AccountSamples.Now.AddSeconds(30)), profile));
        _accounts.OnRefresh = _ => Task.FromResult(AccountSamples.Tokens("refresh-2", AccountSamples.Now.AddMinutes(5)));

        await Events().ValidatePrincipal(context);

        Assert.True(context.ShouldRenew);
        var viewer = Viewer.From(context.Principal)!;
        Assert.Equal("refresh-2", viewer.RefreshToken);
        Assert.Equal(AccountSamples.Now.AddMinutes(5), viewer.AccessTokenExpiresAt);
        Assert.Equal(profile, viewer.Profile);
        Assert.Equal("refresh-1", Assert.IsType<Streamflix.Accounts.Contracts.RefreshTokensRequest>(_accounts.Calls.Single().Request).RefreshToken);
        Assert.Empty(_authentication.SignedOut);
    }

    [Fact]
    public async Task A_refresh_token_accounts_refuses_ends_the_session()
    {
        var context = Validate(AccountSamples.SignedIn(AccountSamples.Tokens(expiresAt: AccountSamples.Now.AddSeconds(-5))));
        _accounts.OnRefresh = _ => throw FakeUnaryCall.Failure(StatusCode.Unauthenticated, "This session was signed out.");

        await Events().ValidatePrincipal(context);

        Assert.Null(context.Principal);
        Assert.Equal([ViewerSessions.Scheme], _authentication.SignedOut);
    }

    [Fact]
    public async Task An_accounts_outage_keeps_the_session_for_the_next_request_to_refresh()
    {
        var context = Validate(AccountSamples.SignedIn(AccountSamples.Tokens(expiresAt: AccountSamples.Now.AddSeconds(10))));
        _accounts.OnRefresh = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        await Events().ValidatePrincipal(context);

        Assert.NotNull(context.Principal);
        Assert.False(context.ShouldRenew);
        Assert.Empty(_authentication.SignedOut);
    }

    [Fact]
    public async Task A_cookie_without_a_refresh_token_is_refused_without_calling_accounts()
    {
        var identity = new ClaimsIdentity([new Claim("sub", AccountSamples.AccountId)], ViewerPrincipal.AuthenticationType);
        var context = Validate(new ClaimsPrincipal(identity));

        await Events().ValidatePrincipal(context);

        Assert.Null(context.Principal);
        Assert.Equal([ViewerSessions.Scheme], _authentication.SignedOut);
        Assert.Empty(_accounts.Calls);
    }

    private ViewerCookieEvents Events() =>
        new(_accounts, new TokenRefresher(_cache), _clock, NullLogger<ViewerCookieEvents>.Instance);

    private CookieValidatePrincipalContext Validate(ClaimsPrincipal principal)
    {
        var services = new ServiceCollection().AddSingleton<IAuthenticationService>(_authentication).BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        var scheme = new AuthenticationScheme(ViewerSessions.Scheme, null, typeof(CookieAuthenticationHandler));
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(),
            new AuthenticationTicket(principal, new AuthenticationProperties(), ViewerSessions.Scheme));
    }

    /// <summary>Records sign-outs, as the cookie handler would turn them into a cleared cookie.</summary>
    private sealed class RecordingAuthentication : IAuthenticationService
    {
        public List<string?> SignedOut { get; } = [];

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties)
        {
            SignedOut.Add(scheme);
            return Task.CompletedTask;
        }

        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) => throw new NotSupportedException();
        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => throw new NotSupportedException();
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => throw new NotSupportedException();
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => throw new NotSupportedException();
    }
}
