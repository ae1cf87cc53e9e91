using Microsoft.Extensions.Hosting;

namespace Streamflix.Web.Tests;

public sealed class SiteSecurityTests
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : "";

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        using var response = await host.Client("http://streamflix.test").GetAsync("/");

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.NotEmpty(Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_policy_lets_the_player_and_blazor_work_and_nothing_else_run()
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        using var response = await host.Client("http://streamflix.test").GetAsync("/");
        var csp = Directives(Header(response, "Content-Security-Policy"));

        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["default-src"]);
        // Scripts: own files and the nonce'd import map only; no inline handlers, no eval.
        Assert.Matches(@"^'self' 'nonce-[A-Za-z0-9_-]{22}\'$", csp["script-src"]);
        Assert.DoesNotContain("unsafe", csp["script-src"], StringComparison.Ordinal);
        // hls.js: MediaSource (blob:) media, blob: workers, XHR to the edges; Blazor: its websocket.
        Assert.Contains("blob:", csp["media-src"], StringComparison.Ordinal);
        Assert.Contains("blob:", csp["worker-src"], StringComparison.Ordinal);
        foreach (var edge in new[] { SiteSecurityHost.EdgeOne, SiteSecurityHost.EdgeTwo })
        {
            Assert.Contains(edge, csp["connect-src"], StringComparison.Ordinal);
            Assert.Contains(edge, csp["media-src"], StringComparison.Ordinal);
        }

        Assert.Contains("ws://streamflix.test", csp["connect-src"], StringComparison.Ordinal);
        Assert.Equal("'self'", csp["form-action"]);
    }

    [Fact]
    public async Task Every_response_gets_its_own_nonce()
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        var client = host.Client("http://streamflix.test");
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        Assert.NotEqual(Directives(Header(first, "Content-Security-Policy"))["script-src"],
            Directives(Header(second, "Content-Security-Policy"))["script-src"]);
    }

    [Fact]
    public void A_nonce_reads_the_same_in_the_page_as_in_the_header()
    {
        // Blazor HTML-encodes the import map's nonce attribute; a nonce that encoding changes (base64's
        // '+') no longer matches its header byte for byte. 2,000 draws: a '+' shows up in about 30 % of
        // base64 nonces, so the old alphabet fails here every time.
        for (var i = 0; i < 2000; i++)
        {
            var nonce = Streamflix.Web.Security.CspNonce.Of(new Microsoft.AspNetCore.Http.DefaultHttpContext());
            Assert.Equal(nonce, System.Text.Encodings.Web.HtmlEncoder.Default.Encode(nonce));
        }
    }

    [Fact]
    public async Task Hsts_is_sent_on_https_outside_development_only()
    {
        await using var production = await SiteSecurityHost.StartAsync(Environments.Production);
        await using var development = await SiteSecurityHost.StartAsync(Environments.Development);

        using var https = await production.Client("https://streamflix.test").GetAsync("/");
        using var http = await production.Client("http://streamflix.test").GetAsync("/");
        using var developing = await development.Client("https://streamflix.test").GetAsync("/");

        Assert.Contains("max-age=31536000", Header(https, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Empty(Header(http, "Strict-Transport-Security"));
        Assert.Empty(Header(developing, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_exception_outside_development_shows_the_error_page_without_a_stack_trace()
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        using var response = await host.Client("http://streamflix.test").GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteSecurityHost.LeakedText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.NotEmpty(Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_developer_page_with_the_stack_trace_is_only_for_development()
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Development);
        using var response = await host.Client("http://streamflix.test").GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();

        // The contrast that makes the production test meaningful: without the handler, this leaks.
        Assert.Contains("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://streamflix.test", true)]
    [InlineData("http://streamflix.test", false)]
    public async Task The_antiforgery_cookie_is_httponly_strict_and_secure_on_https(string site, bool secure)
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        using var response = await host.Client(site).GetAsync("/antiforgery");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("https://streamflix.test", true)]
    [InlineData("http://streamflix.test", false)]
    public async Task The_sign_in_cookie_is_httponly_lax_and_secure_on_https(string site, bool secure)
    {
        await using var host = await SiteSecurityHost.StartAsync(Environments.Production);
        using var response = await host.Client(site).GetAsync("/signin");
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("streamflix.auth", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        });
    }
}
