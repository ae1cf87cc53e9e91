using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Streamflix.Catalog.Caching;

public static class CatalogCacheExtensions
{
    /// <summary>Connection name the AppHost passes as ConnectionStrings__redis.</summary>
    public const string RedisConnectionName = "redis";

    /// <summary>Prefix of every catalog key in the shared Redis, so services cannot collide.</summary>
    public const string RedisInstanceName = "catalog:";

    public static IHostApplicationBuilder AddCatalogCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(RedisConnectionName);

        // L2 reuses the multiplexer AddRedisClient registered (one connection, Aspire's health
        // check and telemetry) instead of opening a second one from a connection string.
        builder.Services.AddStackExchangeRedisCache(options => options.InstanceName = RedisInstanceName);
        builder.Services.AddOptions<RedisCacheOptions>()
            .Configure<IServiceProvider>((options, services) =>
                options.ConnectionMultiplexerFactory = () =>
                    Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()));

        builder.Services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            // Redis holds entries for 5 minutes; each replica keeps its own copy for 1. Updates
            // invalidate by tag on every replica, so these bound staleness only for changes made
            // outside the service or while Redis pub/sub was unreachable.
            Expiration = TimeSpan.FromMinutes(5),
            LocalCacheExpiration = TimeSpan.FromMinutes(1),
        });

        builder.Services.AddSingleton<CacheInvalidationBroadcast>();
        builder.Services.AddHostedService(services => services.GetRequiredService<CacheInvalidationBroadcast>());
        builder.Services.AddSingleton<LastKnownGood>(); // stale copies for when Postgres is down
        builder.Services.AddScoped<CachedCatalog>();
        return builder;
    }
}
