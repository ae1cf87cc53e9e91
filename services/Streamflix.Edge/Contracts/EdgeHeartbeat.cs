using System.Text.Json;
using System.Text.Json.Serialization;

namespace Streamflix.Edge.Contracts;

/// <summary>
/// What an edge says about itself every couple of seconds, in Redis at <c>edge:heartbeat:{name}</c>
/// (expiring, so a dead edge disappears) with its name in the set <c>edges</c>. Playback links this
/// file to steer viewers to healthy, lightly loaded edges that already hold the title.
/// </summary>
/// <remarks>
/// Fields are only ever added at the end, with defaults: a reader built before a field existed ignores
/// it, and a heartbeat from an edge built before reads as the default.
/// </remarks>
/// <param name="ReadAheadFills">Segments read ahead from the origin since the edge started.</param>
/// <param name="OriginBytes">Bytes filled from the origin since the edge started (viewers' misses, prefill and read-ahead).</param>
public sealed record EdgeHeartbeat(
    string Name,
    string Region,
    string PublicUrl,
    bool Healthy,
    int ActiveRequests,
    long BytesPerSecond,
    IReadOnlyList<string> CachedTitles,
    long CachedBytes,
    double HitRatio,
    DateTimeOffset At,
    long ReadAheadFills = 0,
    long OriginBytes = 0)
{
    public const string KeyPrefix = "edge:heartbeat:";
    public const string EdgeSetKey = "edges";

    public static string KeyFor(string edgeName) => KeyPrefix + edgeName;

    public string ToJson() => JsonSerializer.Serialize(this, EdgeHeartbeatJsonContext.Default.EdgeHeartbeat);

    public static EdgeHeartbeat? FromJson(string json) =>
        JsonSerializer.Deserialize(json, EdgeHeartbeatJsonContext.Default.EdgeHeartbeat);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EdgeHeartbeat))]
internal sealed partial class EdgeHeartbeatJsonContext : JsonSerializerContext;
