using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Instances;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Streamflix process gets: telemetry, health, discovery and resilient outgoing calls.
/// Split as in eShop: a process that calls nobody can take only the basic defaults.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    private const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddBasicServiceDefaults();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Plain HTTP clients get the standard pipeline; gRPC clients replace it with a
            // gRPC-aware one (see GrpcClientExtensions), since this one cannot see grpc-status.
            http.AddStandardResilienceHandler();
            // Inside the resilience handler (its retries and breaker see injected faults) and
            // before discovery (the request still names the resource, e.g. http://origin).
            http.AddHttpMessageHandler<FaultInjectionHandler>();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddChaos();           // Chaos:Enabled (off by default; refused in Production)
        builder.AddInstanceReports(); // streamflix:instances:{service}:{instance} in Redis, when the process has Redis
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: ready (every check); <c>/alive</c>: the process answers (live checks only).
    /// Mapped in every environment: the AppHost, load balancers and tests all poll them, and they
    /// reveal nothing beyond Healthy/Unhealthy.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Open to anyone even where a fallback policy closes everything else (see AddStreamflixAuthentication).
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(LiveTag),
        }).AllowAnonymous();
        app.MapChaosWhenEnabled();
        return app;
    }
}
