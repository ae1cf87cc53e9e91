using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Streamflix.Recommendations.Redis;

/// <summary>
/// Precomputed rows per profile (<c>recs:rows:{profile}</c>, a hash of the JSON and the build's
/// start), the catalogue version that invalidates them all at once when a title changes
/// (<c>recs:catalog-version</c>), and each profile's last known kids flag (<c>recs:kids:{profile}</c>),
/// which lets an event rebuild rows before the profile asks (events do not say whether it is a kids
/// profile; accounts does, when the viewer asks).
/// </summary>
public sealed class RowsStore(IConnectionMultiplexer redis, IOptions<RecommendationsOptions> options)
{
    public const string RowsKeyPrefix = "recs:rows:";
    public const string KidsKeyPrefix = "recs:kids:";
    public const string CatalogVersionKey = "recs:catalog-version";
    private static readonly TimeSpan KidsFlagLifetime = TimeSpan.FromDays(30);

    // KEYS: the hash; ARGV: build start, JSON, ttl ms. Keeps the rows of the later build.
    private static readonly LuaScript StoreScript = LuaScript.Prepare(
        """
        local current = redis.call('HGET', @key, 'from')
        if current and tonumber(current) > tonumber(@from) then
          return 0
        end
        redis.call('HSET', @key, 'from', @from, 'value', @value)
        redis.call('PEXPIRE', @key, @ttl)
        return 1
        """);

    public static RedisKey RowsKey(Guid profileId) => RowsKeyPrefix + profileId.ToString("N");

    public static RedisKey KidsKey(Guid profileId) => KidsKeyPrefix + profileId.ToString("N");

    public async Task<StoredRows?> GetAsync(Guid profileId)
    {
        var json = await redis.GetDatabase().HashGetAsync(RowsKey(profileId), "value");
        return json.IsNullOrEmpty ? null : JsonSerializer.Deserialize((string)json!, RowsJsonContext.Default.StoredRows);
    }

    /// <summary>Stores the rows unless a build that began later already stored its own.</summary>
    public async Task<bool> StoreAsync(Guid profileId, StoredRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return (long)await redis.GetDatabase().ScriptEvaluateAsync(StoreScript, new
        {
            key = RowsKey(profileId),
            from = rows.ComputedFrom,
            value = JsonSerializer.Serialize(rows, RowsJsonContext.Default.StoredRows),
            ttl = (long)options.Value.RowsTimeToLive.TotalMilliseconds,
        }) == 1;
    }

    public Task ForgetAsync(Guid profileId) => redis.GetDatabase().KeyDeleteAsync(RowsKey(profileId));

    public async Task<long> CatalogVersionAsync()
    {
        var value = await redis.GetDatabase().StringGetAsync(CatalogVersionKey);
        return value.TryParse(out long version) ? version : 0;
    }

    /// <summary>A title was added or changed: every stored row set is rebuilt on its next read.</summary>
    public Task<long> BumpCatalogVersionAsync() => redis.GetDatabase().StringIncrementAsync(CatalogVersionKey);

    public async Task<bool?> KidsFlagAsync(Guid profileId)
    {
        var value = await redis.GetDatabase().StringGetAsync(KidsKey(profileId));
        return value.IsNullOrEmpty ? null : value == "1";
    }

    public Task RememberKidsFlagAsync(Guid profileId, bool isKids) =>
        redis.GetDatabase().StringSetAsync(KidsKey(profileId), isKids ? "1" : "0", KidsFlagLifetime);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoredRows))]
internal sealed partial class RowsJsonContext : JsonSerializerContext;
