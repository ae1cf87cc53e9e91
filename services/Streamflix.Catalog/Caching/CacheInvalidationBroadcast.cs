using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// HybridCache's RemoveByTagAsync clears this replica's in-process copies and Redis, but every
/// other replica would go on serving its own in-process copy until it expires. Publishing the tags
/// on a Redis channel lets each replica drop them too, so a read after an update is fresh on any
/// replica the load balancer picks. Best effort: if Redis is unreachable, the other replicas fall
/// back to the local expiry (CatalogCacheExtensions).
/// </summary>
public sealed class CacheInvalidationBroadcast(
    IConnectionMultiplexer redis,
    HybridCache cache,
    ILogger<CacheInvalidationBroadcast> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("catalog:cache-invalidations");

    private readonly string _instanceId = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(IReadOnlyList<string> tags)
    {
        try
        {
            var message = new CacheInvalidationMessage(_instanceId, tags);
            await redis.GetSubscriber().PublishAsync(Channel, message.Format());
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Could not tell other catalog replicas to drop {Tags}; they refresh at local expiry", tags);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
            queue.OnMessage(OnMessageAsync);
        }
        catch (RedisException e)
        {
            // The service still serves; StackExchange.Redis does not retry a subscription that was
            // never made, so this replica relies on local expiry until it restarts.
            logger.LogWarning(e, "Could not subscribe to catalog cache invalidations");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnMessageAsync(ChannelMessage channelMessage)
    {
        var message = CacheInvalidationMessage.TryParse(channelMessage.Message);
        if (message is null || message.SenderId == _instanceId)
        {
            return;
        }

        try
        {
            await cache.RemoveByTagAsync(message.Tags);
        }
        catch (Exception e) when (e is RedisException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not drop {Tags} from the catalog cache", message.Tags);
        }
    }
}
