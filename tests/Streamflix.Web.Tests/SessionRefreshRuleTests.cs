using System.Security.Claims;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class SessionRefreshRuleTests
{
    [Theory]
    [InlineData(300, SessionState.Fresh)]
    [InlineData(61, SessionState.Fresh)]
    [InlineData(60, SessionState.RefreshDue)]
    [InlineData(10, SessionState.RefreshDue)]
    [InlineData(-30, SessionState.RefreshDue)]
    public void A_token_is_refreshed_once_it_has_a_minute_or_less_to_live(int secondsLeft, SessionState expected)
    {
        var principal = AccountSamples.SignedIn(AccountSamples.Tokens(expiresAt: AccountSamples.Now.AddSeconds(secondsLeft)));

        Assert.Equal(expected, SessionRefreshRule.Check(principal, AccountSamples.Now));
    }

    [Fact]
    public void An_unreadable_expiry_counts_as_expired()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(StreamflixClaims.Subject, AccountSamples.AccountId),
            new Claim(ViewerClaims.AccessToken, AccountSamples.AccessToken()),
            new Claim(ViewerClaims.RefreshToken, "refresh-1"),
            new Claim(ViewerClaims.AccessTokenExpiresAt, "soon"),
        ], "test");

        Assert.Equal(SessionState.RefreshDue, SessionRefreshRule.Check(new ClaimsPrincipal(identity), AccountSamples.Now));
    }

    [Fact]
    public void A_cookie_without_a_refresh_token_cannot_be_renewed()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(StreamflixClaims.Subject, AccountSamples.AccountId),
            new Claim(ViewerClaims.AccessToken, AccountSamples.AccessToken()),
            new Claim(ViewerClaims.AccessTokenExpiresAt, AccountSamples.Now.AddHours(1).ToString("O")),
        ], "test");

        Assert.Equal(SessionState.Broken, SessionRefreshRule.Check(new ClaimsPrincipal(identity), AccountSamples.Now));
    }
}
