using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Redis;

/// <summary>
/// Billing's answer per account, for a short while (<c>playback:entitlement:{accountId}</c>), so
/// pressing Play does not always wait for billing and a billing hiccup does not stop a viewer who
/// was just checked. Written from billing's answers and from SubscriptionChanged events; the newer
/// (by <see cref="Entitlement.AsOf"/>) always wins, so a late event cannot undo a fresher answer,
/// and an entry lives until AsOf plus the cache duration, not longer.
/// </summary>
public sealed class EntitlementCache(IConnectionMultiplexer redis, IOptions<PlaybackOptions> options, TimeProvider clock)
{
    public const string KeyPrefix = "playback:entitlement:";

    // KEYS: the hash; ARGV: as-of ms, entry json, expiry (unix ms). Keeps the newer entry.
    private static readonly LuaScript StoreScript = LuaScript.Prepare(
        """
        local current = redis.call('HGET', @key, 'asOf')
        if current and tonumber(current) >= tonumber(@asOf) then
          return 0
        end
        redis.call('HSET', @key, 'asOf', @asOf, 'value', @value)
        redis.call('PEXPIREAT', @key, @expiresAt)
        return 1
        """);

    public static RedisKey KeyFor(Guid accountId) => KeyPrefix + accountId.ToString("N");

    public async Task<Entitlement?> GetAsync(Guid accountId)
    {
        var json = await redis.GetDatabase().HashGetAsync(KeyFor(accountId), "value");
        if (json.IsNullOrEmpty)
        {
            return null;
        }

        var entry = JsonSerializer.Deserialize((string)json!, EntitlementJsonContext.Default.Entitlement);
        return entry is not null && clock.GetUtcNow() < entry.AsOf + options.Value.EntitlementCacheDuration ? entry : null;
    }

    /// <summary>Stores the entitlement unless a newer one is cached; an answer already too old is not stored.</summary>
    public async Task<bool> StoreAsync(Guid accountId, Entitlement entitlement)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        var expiresAt = entitlement.AsOf + options.Value.EntitlementCacheDuration;
        if (expiresAt <= clock.GetUtcNow())
        {
            return false;
        }

        return (long)await redis.GetDatabase().ScriptEvaluateAsync(StoreScript, new
        {
            key = KeyFor(accountId),
            asOf = entitlement.AsOf.ToUnixTimeMilliseconds(),
            value = JsonSerializer.Serialize(entitlement, EntitlementJsonContext.Default.Entitlement),
            expiresAt = expiresAt.ToUnixTimeMilliseconds(),
        }) == 1;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Entitlement))]
internal sealed partial class EntitlementJsonContext : JsonSerializerContext;
