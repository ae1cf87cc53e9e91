using System.Net;

namespace Streamflix.IntegrationTests;

/// <summary>The running site sends its security headers, names the real edges in its CSP and refuses forged form posts.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class SiteSecurityHeadersTests(StreamflixAppFixture fixture)
{
    [Fact]
    public async Task Pages_carry_a_csp_that_names_the_running_edges_and_forbids_framing()
    {
        using var web = fixture.HttpClient("web");
        using var response = await web.GetAsync("/signin");
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        foreach (var edge in new[] { "edge-1", "edge-2" })
        {
            var origin = fixture.App.GetEndpoint(edge, "http").GetLeftPart(UriPartial.Authority);
            Assert.Contains(origin, csp, StringComparison.Ordinal);
        }

        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(',', response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));

        // The one inline script (the import map) carries the nonce of this response's policy.
        var html = await response.Content.ReadAsStringAsync();
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var web = fixture.HttpClient("web");
        using var response = await web.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.Email"] = "someone@example.test",
            ["Input.Password"] = "not-relevant-1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
