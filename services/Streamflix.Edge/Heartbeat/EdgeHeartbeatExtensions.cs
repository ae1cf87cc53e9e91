using Microsoft.Extensions.DependencyInjection.Extensions;
using Streamflix.Edge.Telemetry;

namespace Streamflix.Edge.Heartbeat;

public static class EdgeHeartbeatExtensions
{
    /// <summary>Load counters, metrics and the Redis heartbeat (connection "redis").</summary>
    public static IHostApplicationBuilder AddEdgeHeartbeat(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("redis");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EdgeLoad>();
        builder.Services.AddSingleton<EdgeMetrics>();
        builder.Services.AddHostedService<EdgeHeartbeatPublisher>();
        return builder;
    }
}
