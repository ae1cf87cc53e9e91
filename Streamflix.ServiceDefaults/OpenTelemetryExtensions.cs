using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static class OpenTelemetryExtensions
{
    /// <summary>Meters and activity sources every Streamflix service may emit to.</summary>
    public const string StreamflixTelemetryPrefix = "Streamflix.";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Polly reports every attempt and every pipeline run at Information, each line formatting the call's
        // result (a whole protobuf message as JSON): measured ~800 lines a minute in playback alone under
        // bench load. Retries, timeouts and open circuits still come through at Warning, and the
        // streamflix.circuit.* metrics count the rest. A configured "Polly" level (appsettings) wins.
        if (builder.Configuration["Logging:LogLevel:Polly"] is null)
        {
            builder.Logging.AddFilter("Polly", LogLevel.Warning);
        }

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // Polly reports retries, breaker state changes and timeouts on this meter.
                .AddMeter("Polly")
                // Circuit state, transitions and bulkhead refusals of every gRPC client.
                .AddMeter(Streamflix.ServiceDefaults.Resilience.ResilienceTelemetry.MeterName)
                .AddMeter(StreamflixTelemetryPrefix + "*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(StreamflixTelemetryPrefix + "*")
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes arrive every few seconds; tracing them only hides real traffic.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(Extensions.HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(Extensions.AlivenessEndpointPath))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
