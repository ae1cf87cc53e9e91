using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Streamflix.Edge.Contracts;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Redis;

/// <summary>
/// The edges' latest heartbeats, as they publish them: names in the set <c>edges</c>, each
/// heartbeat at <c>edge:heartbeat:{name}</c>. A name whose key expired (a dead edge) or whose JSON
/// cannot be read is skipped; which of the rest may serve is steering's decision.
/// </summary>
public sealed class EdgeDirectory(
    IConnectionMultiplexer redis,
    CoalescedCache<string, IReadOnlyList<EdgeHeartbeat>> snapshots,
    IOptions<PlaybackOptions> options,
    ILogger<EdgeDirectory> logger)
{
    /// <summary>
    /// The heartbeats as read at most Playback:EdgeSnapshotMilliseconds ago (one read shared by every
    /// Play of that moment). Edges beat every couple of seconds and steering already tolerates
    /// EdgeStaleAfter, so a snapshot this young changes no decision; it saves two Redis round trips
    /// per Play.
    /// </summary>
    public Task<IReadOnlyList<EdgeHeartbeat>> ReadRecentAsync(CancellationToken cancellationToken) =>
        snapshots.GetAsync(EdgeHeartbeat.EdgeSetKey, ReadAllAsync, _ => options.Value.EdgeSnapshotAge, cancellationToken);

    public async Task<IReadOnlyList<EdgeHeartbeat>> ReadAllAsync()
    {
        var database = redis.GetDatabase();
        var names = await database.SetMembersAsync(EdgeHeartbeat.EdgeSetKey);
        if (names.Length == 0)
        {
            return [];
        }

        var keys = names.Select(name => (RedisKey)EdgeHeartbeat.KeyFor(name!)).ToArray();
        var values = await database.StringGetAsync(keys);
        var heartbeats = new List<EdgeHeartbeat>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].IsNullOrEmpty)
            {
                continue;
            }

            try
            {
                if (EdgeHeartbeat.FromJson(values[i]!) is { } heartbeat)
                {
                    heartbeats.Add(heartbeat);
                }
            }
            catch (System.Text.Json.JsonException e)
            {
                logger.LogWarning("The heartbeat of edge {Edge} is not readable: {Error}", (string?)names[i], e.Message);
            }
        }

        return heartbeats;
    }
}
