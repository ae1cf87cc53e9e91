using StackExchange.Redis;

namespace Streamflix.Web.Operations;

public static class OperationsExtensions
{
    public const string RedisConnectionName = "redis";

    /// <summary>The admin operations page's reader, on the shared Redis connection.</summary>
    public static IHostApplicationBuilder AddOperationsBoard(this IHostApplicationBuilder builder)
    {
        // ServiceDefaults may register the connection for every project (the instance reports);
        // a second AddRedisClient would register a duplicate health check, so only add it if absent.
        if (!builder.Services.Any(service => service.ServiceType == typeof(IConnectionMultiplexer)))
        {
            builder.AddRedisClient(
                RedisConnectionName,
                // The site serves viewers without Redis; only this page needs it, and it says so
                // itself. A Redis health check would mark the whole site unhealthy during an outage.
                settings => settings.DisableHealthChecks = true,
                // Start (and keep retrying) without Redis instead of failing the page's first request.
                options => options.AbortOnConnectFail = false);
        }

        builder.Services.AddSingleton<IOperationsStore, RedisOperationsStore>();
        builder.Services.AddSingleton<OperationsReader>();
        return builder;
    }
}
