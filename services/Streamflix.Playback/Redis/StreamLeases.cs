using StackExchange.Redis;

namespace Streamflix.Playback.Redis;

/// <summary>
/// The concurrent-stream limit. Each account has a sorted set <c>playback:leases:{accountId}</c>
/// whose members are session ids scored by their lease's expiry (unix ms). Every change is one Lua
/// script, so that checking the count and adding to it cannot interleave with another replica's:
/// two replicas can never both take the last slot. Expired members are dropped as the set is used;
/// the key itself expires when its newest lease does, so an idle account leaves nothing behind.
/// </summary>
public sealed class StreamLeases(IConnectionMultiplexer redis)
{
    public const string KeyPrefix = "playback:leases:";

    // KEYS[1] the account's set; ARGV: now ms, expiry ms, max streams, session id.
    // Returns 1 when the lease was taken, else the number of live leases (0 only when max is 0).
    private static readonly LuaScript AcquireScript = LuaScript.Prepare(
        """
        redis.call('ZREMRANGEBYSCORE', @key, '-inf', @now)
        local live = redis.call('ZCARD', @key)
        if live >= tonumber(@max) then
          return -live
        end
        redis.call('ZADD', @key, @expiry, @session)
        local newest = redis.call('ZRANGE', @key, -1, -1, 'WITHSCORES')
        redis.call('PEXPIREAT', @key, newest[2])
        return 1
        """);

    // Extends a lease that is still live; a member that expired or was removed stays gone.
    // Returns 1 when renewed, 0 otherwise.
    private static readonly LuaScript RenewScript = LuaScript.Prepare(
        """
        local current = redis.call('ZSCORE', @key, @session)
        if not current or tonumber(current) <= tonumber(@now) then
          redis.call('ZREM', @key, @session)
          return 0
        end
        redis.call('ZADD', @key, 'XX', @expiry, @session)
        local newest = redis.call('ZRANGE', @key, -1, -1, 'WITHSCORES')
        redis.call('PEXPIREAT', @key, newest[2])
        return 1
        """);

    public static RedisKey KeyFor(Guid accountId) => KeyPrefix + accountId.ToString("N");

    /// <summary>Takes a slot for the session unless <paramref name="maxStreams"/> are live already.</summary>
    public async Task<LeaseAcquisition> TryAcquireAsync(
        Guid accountId, string sessionId, int maxStreams, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(AcquireScript, new
        {
            key = KeyFor(accountId),
            now = now.ToUnixTimeMilliseconds(),
            expiry = expiresAt.ToUnixTimeMilliseconds(),
            max = maxStreams,
            session = sessionId,
        });
        return result == 1 ? new LeaseAcquisition(true, 0) : new LeaseAcquisition(false, (int)-result);
    }

    public async Task<bool> TryRenewAsync(Guid accountId, string sessionId, DateTimeOffset now, DateTimeOffset expiresAt) =>
        (long)await redis.GetDatabase().ScriptEvaluateAsync(RenewScript, new
        {
            key = KeyFor(accountId),
            now = now.ToUnixTimeMilliseconds(),
            expiry = expiresAt.ToUnixTimeMilliseconds(),
            session = sessionId,
        }) == 1;

    /// <summary>Frees the slot; releasing one that is already gone is fine.</summary>
    public Task ReleaseAsync(Guid accountId, string sessionId) =>
        redis.GetDatabase().SortedSetRemoveAsync(KeyFor(accountId), sessionId);
}
