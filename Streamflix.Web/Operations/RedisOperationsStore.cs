using StackExchange.Redis;
using Streamflix.Edge.Contracts;

namespace Streamflix.Web.Operations;

/// <summary>
/// Reads the instance reports (<c>streamflix:instances:*</c>), chaos keys (<c>streamflix:chaos:*</c>)
/// and edge heartbeats (the <c>edges</c> set, <c>edge:heartbeat:{name}</c>) in one pass.
/// </summary>
public sealed class RedisOperationsStore(IConnectionMultiplexer redis) : IOperationsStore
{
    public async Task<OperationsReadout> ReadAsync(CancellationToken cancellationToken)
    {
        // A multiplexer that is not connected would make every command wait for its timeout.
        if (!redis.IsConnected)
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected; the site keeps trying to reconnect.");
        }

        var database = redis.GetDatabase();
        var instanceKeys = await KeysAsync(InstanceReport.KeyPattern, cancellationToken);
        var faultKeys = await KeysAsync(ChaosFault.KeyPattern, cancellationToken);
        var edgeNames = (await database.SetMembersAsync(EdgeHeartbeat.EdgeSetKey)).Select(name => name.ToString()).ToArray();

        var instanceValues = instanceKeys.Length == 0 ? [] : await database.StringGetAsync([.. instanceKeys.Select(key => (RedisKey)key)]);
        var heartbeatValues = edgeNames.Length == 0 ? [] : await database.StringGetAsync([.. edgeNames.Select(name => (RedisKey)EdgeHeartbeat.KeyFor(name))]);
        // A handful of keys at most (one per service under a fault); one round trip each is fine.
        var faults = await Task.WhenAll(faultKeys.Select(async key =>
        {
            var value = await database.StringGetWithExpiryAsync(key);
            return new StoredFault(key, Text(value.Value), value.Expiry);
        }));

        return new OperationsReadout(
            [.. instanceKeys.Select((key, i) => new StoredEntry(key, Text(instanceValues[i])))],
            faults,
            [.. edgeNames.Select((name, i) => new StoredHeartbeat(name, Text(heartbeatValues[i])))]);
    }

    private static string? Text(RedisValue value) => value.IsNull ? null : value.ToString();

    // SCAN (not KEYS) on every primary, so Redis is never blocked while the page lists keys.
    private async Task<string[]> KeysAsync(string pattern, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in redis.GetServers().Where(server => !server.IsReplica && server.IsConnected))
        {
            await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 250).WithCancellation(cancellationToken))
            {
                keys.Add(key.ToString());
            }
        }

        return [.. keys];
    }
}
