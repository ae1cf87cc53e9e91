using StackExchange.Redis;
using Streamflix.Edge.Contracts;

namespace Streamflix.Web.Operations;

/// <summary>
/// Reads the instance reports, chaos keys and edge heartbeats from Redis in one pass. Redis being
/// down or slow is an answer (<see cref="OperationsReading.Unavailable"/>), never an exception: the
/// page must say so and keep refreshing until it comes back.
/// </summary>
public sealed partial class OperationsReader(IConnectionMultiplexer redis, TimeProvider time, ILogger<OperationsReader> logger)
{
    /// <summary>The page refreshes every few seconds; a read that takes longer than this is an outage to it.</summary>
    public static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(3);

    public async Task<OperationsReading> ReadAsync(CancellationToken cancellationToken)
    {
        // A multiplexer that is not connected would make every command wait for its timeout.
        if (!redis.IsConnected)
        {
            return OperationsReading.Unavailable("Redis is not connected; the site keeps trying to reconnect.");
        }

        try
        {
            var readout = await ReadRawAsync(cancellationToken).WaitAsync(ReadLimit, time, cancellationToken);
            return OperationsReading.Read(OperationsBoard.Build(readout, time.GetUtcNow()));
        }
        catch (TimeoutException)
        {
            LogReadFailed(logger, "no answer in time");
            return OperationsReading.Unavailable($"Redis did not answer within {ReadLimit.TotalSeconds:0} s.");
        }
        catch (RedisException exception)
        {
            LogReadFailed(logger, exception.Message);
            return OperationsReading.Unavailable($"Redis could not be read: {exception.Message}");
        }
    }

    private async Task<OperationsReadout> ReadRawAsync(CancellationToken cancellationToken)
    {
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
            return new StoredFault(key, value.Value.IsNull ? null : value.Value.ToString(), value.Expiry);
        }));

        return new OperationsReadout(
            [.. instanceKeys.Select((key, i) => new StoredEntry(key, instanceValues[i].IsNull ? null : instanceValues[i].ToString()))],
            faults,
            [.. edgeNames.Select((name, i) => new StoredHeartbeat(name, heartbeatValues[i].IsNull ? null : heartbeatValues[i].ToString()))]);
    }

    // SCAN (not KEYS) on every primary, so a large keyspace is never blocked while the page reads it.
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The operations page could not read Redis: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}

/// <summary>The page's picture, or why there is none.</summary>
public sealed record OperationsReading(OperationsSnapshot? Snapshot, string? Problem)
{
    public static OperationsReading Read(OperationsSnapshot snapshot) => new(snapshot, null);

    public static OperationsReading Unavailable(string problem) => new(null, problem);
}
