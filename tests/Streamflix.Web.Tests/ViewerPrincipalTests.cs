using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class ViewerPrincipalTests
{
    [Fact]
    public void A_signed_in_viewer_carries_account_name_email_and_both_tokens()
    {
        var tokens = AccountSamples.Tokens("refresh-1", AccountSamples.Now.AddMinutes(5));

        var principal = ViewerPrincipal.Create(tokens, AccountSamples.Email, "Ada");

        Assert.True(principal.Identity!.IsAuthenticated);
        Assert.Equal("Ada", principal.Identity.Name);
        Assert.Equal(AccountSamples.AccountId, principal.FindFirst(StreamflixClaims.Subject)!.Value);
        Assert.Equal(AccountSamples.Email, principal.FindFirst(StreamflixClaims.Email)!.Value);
        Assert.Equal(tokens.AccessToken, principal.FindFirst(ViewerClaims.AccessToken)!.Value);
        Assert.Equal("refresh-1", principal.FindFirst(ViewerClaims.RefreshToken)!.Value);
        var viewer = Viewer.From(principal)!;
        Assert.Equal(AccountSamples.Now.AddMinutes(5), viewer.AccessTokenExpiresAt);
        Assert.False(viewer.IsAdmin);
        Assert.Null(viewer.Profile);
    }

    [Fact]
    public void The_admin_role_comes_from_the_access_token()
    {
        var principal = ViewerPrincipal.Create(AccountSamples.Tokens(roles: ["admin"]), AccountSamples.Email, "Ada");

        Assert.True(principal.IsInRole(StreamflixClaims.AdminRole));
        Assert.True(Viewer.From(principal)!.IsAdmin);
    }

    [Fact]
    public void Several_roles_written_as_an_array_are_all_read()
    {
        var payload = AccessTokenPayload.Read(AccountSamples.AccessToken(roles: ["admin", "support"]));

        Assert.Equal(["admin", "support"], payload.Roles);
        Assert.Equal(AccountSamples.AccountId, payload.Subject);
        Assert.Equal(AccountSamples.Email, payload.Email);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFAYi5jIn0.c2ln")]
    public void A_token_without_a_json_payload_naming_a_subject_is_refused(string token) =>
        Assert.Throws<FormatException>(() => AccessTokenPayload.Read(token));

    [Fact]
    public void Rotating_tokens_replaces_tokens_and_roles_and_keeps_name_and_profile()
    {
        var before = AccountSamples.SignedIn(
            AccountSamples.Tokens("refresh-1", roles: ["admin"]), new ChosenProfile("p1", "Kids room", Kids: true));
        var rotated = AccountSamples.Tokens("refresh-2", AccountSamples.Now.AddMinutes(10));

        var after = ViewerPrincipal.WithTokens(before, rotated);

        var viewer = Viewer.From(after)!;
        Assert.Equal("refresh-2", viewer.RefreshToken);
        Assert.Equal(AccountSamples.Now.AddMinutes(10), viewer.AccessTokenExpiresAt);
        Assert.False(viewer.IsAdmin);
        Assert.Equal("Ada", viewer.DisplayName);
        Assert.Equal(new ChosenProfile("p1", "Kids room", true), viewer.Profile);
        Assert.Single(after.FindAll(ViewerClaims.RefreshToken));
    }

    [Fact]
    public void Choosing_another_profile_replaces_the_first_choice()
    {
        var first = AccountSamples.SignedIn(profile: new ChosenProfile("p1", "Ada", Kids: false));

        var second = ViewerPrincipal.WithProfile(first, new ChosenProfile("p2", "Bo", Kids: true));

        Assert.Equal(new ChosenProfile("p2", "Bo", true), Viewer.From(second)!.Profile);
        Assert.Single(second.FindAll(ViewerClaims.ProfileId));
        Assert.Equal(Viewer.From(first)!.AccessToken, Viewer.From(second)!.AccessToken);
    }

    [Fact]
    public void A_viewer_printed_to_a_log_shows_no_token()
    {
        var viewer = Viewer.From(AccountSamples.SignedIn())!;

        Assert.DoesNotContain(viewer.AccessToken, viewer.ToString());
        Assert.DoesNotContain(viewer.RefreshToken, viewer.ToString());
        Assert.Contains(AccountSamples.AccountId, viewer.ToString());
    }

    [Fact]
    public void An_anonymous_user_is_no_viewer() =>
        Assert.Null(Viewer.From(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));
}
