using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account")]
    [InlineData("/title/the-long-night?x=1#top")]
    public void A_path_on_this_site_is_followed(string url) => Assert.Equal(url, LocalReturnUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/ok\\..\\x")]
    [InlineData("account")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\r\nLocation: https://evil.example")]
    public void Anything_else_goes_home(string? url) => Assert.Equal("/", LocalReturnUrl.OrHome(url));

    [Fact]
    public void The_sign_in_address_keeps_a_local_return_url_escaped()
    {
        Assert.Equal("/signin?returnUrl=%2Faccount%3Ftab%3D1", ViewerSessions.SignInUrl("/account?tab=1"));
        Assert.Equal("/signin", ViewerSessions.SignInUrl("https://evil.example/"));
        Assert.Equal("/profiles?returnUrl=%2Fplans", ViewerSessions.ProfilesUrl("/plans"));
        Assert.Equal("/profiles", ViewerSessions.ProfilesUrl("/"));
    }
}
