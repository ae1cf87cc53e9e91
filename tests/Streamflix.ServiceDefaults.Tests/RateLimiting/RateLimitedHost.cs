using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Streamflix.ServiceDefaults.RateLimiting;

namespace Streamflix.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// A real Kestrel server on a free loopback port with the Streamflix limiter and one endpoint per
/// policy. The test header "x-test-email" stands in for the service that reads the sign-in email.
/// </summary>
public sealed class RateLimitedHost : IAsyncDisposable
{
    public const string EmailHeader = "x-test-email";

    private readonly WebApplication _app;

    private RateLimitedHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<RateLimitedHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStreamflixRateLimiting();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers[EmailHeader].ToString() is { Length: > 0 } email)
            {
                context.Items[RateLimitPartitions.SignInEmailItem] = email;
            }

            await next(context);
        });
        app.UseRateLimiter();
        app.MapPost("/sign-in", () => "ok").RequireRateLimiting(RateLimitPolicies.SignIn);
        app.MapPost("/sign-up", () => "ok").RequireRateLimiting(RateLimitPolicies.SignUp);
        app.MapPost("/start", () => "ok").RequireRateLimiting(RateLimitPolicies.PlaybackStart);
        app.MapPost("/open", () => "ok");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RateLimitedHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
