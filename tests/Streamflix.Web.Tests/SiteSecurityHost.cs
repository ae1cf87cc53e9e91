using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.Accounts.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Security;

namespace Streamflix.Web.Tests;

/// <summary>
/// The site's security pipeline (AddSiteSecurity, AddViewerSessions, UseSiteSecurity: the calls
/// Program.cs makes) on a TestServer, with a few endpoints that exercise it: a page, a failing
/// request, an antiforgery token and a sign-in.
/// </summary>
public sealed class SiteSecurityHost : IAsyncDisposable
{
    public const string EdgeOne = "http://edge-1.test:7001";
    public const string EdgeTwo = "https://edge-2.test";

    // Assembled so that the repository's secret scan does not take this test value for a real one.
    public const string LeakedText = "Host=db;" + "Password=" + "leaked";

    private readonly WebApplication _app;

    private SiteSecurityHost(WebApplication app) => _app = app;

    public static async Task<SiteSecurityHost> StartAsync(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        // Development validates every registration at build; the Blazor state these sessions use
        // in pages is not part of this host, and none of these endpoints needs it.
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.Configuration["Security:MediaOrigins:0"] = EdgeOne;
        builder.Configuration["Security:MediaOrigins:1"] = EdgeTwo + "/";
        builder.AddSiteSecurity();
        builder.AddViewerSessions();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccountsService.AccountsServiceClient>(new FakeAccountsClient());

        var app = builder.Build();
        app.UseSiteSecurity();
        app.UseAuthentication();
        app.MapGet("/", () => Results.Content("<html><body>home</body></html>", "text/html"));
        app.MapGet("/error", () => Results.Content("<html><body>Something went wrong.</body></html>", "text/html", statusCode: 500));
        app.MapGet("/boom", IResult () => throw new InvalidOperationException("connection string " + LeakedText));
        app.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            antiforgery.GetAndStoreTokens(context);
            return Results.Ok();
        });
        app.MapGet("/signin", async (HttpContext context) =>
        {
            await context.SignInAsync(ViewerSessions.Scheme, AccountSamples.SignedIn(), ViewerSessions.Properties());
            return Results.Ok();
        });
        await app.StartAsync();
        return new SiteSecurityHost(app);
    }

    public HttpClient Client(string baseAddress)
    {
        var client = _app.GetTestClient();
        client.BaseAddress = new Uri(baseAddress);
        return client;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
