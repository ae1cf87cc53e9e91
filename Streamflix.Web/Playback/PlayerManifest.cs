using Streamflix.Playback.Contracts;

namespace Streamflix.Web.Playback;

/// <summary>
/// What the browser's player needs from a playback manifest, handed to player.js (serialized
/// camelCase by JS interop). Edges are in the order to try them; renditions highest first.
/// </summary>
public sealed record PlayerManifest(
    string SessionId,
    string TitleId,
    double ResumeSeconds,
    double DurationSeconds,
    IReadOnlyList<PlayerRendition> Renditions,
    IReadOnlyList<PlayerEdge> Edges,
    int HeartbeatIntervalSeconds)
{
    /// <summary>Used when a manifest names no interval: well inside any lease.</summary>
    public const int DefaultHeartbeatIntervalSeconds = 10;

    /// <param name="resumeAt">Where to continue instead of the service's resume position (a restarted session).</param>
    public static PlayerManifest From(PlaybackManifest manifest, double? resumeAt = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(
            manifest.SessionId,
            manifest.TitleId,
            PlaybackPosition.Clean(resumeAt ?? manifest.ResumePositionSeconds),
            PlaybackPosition.Clean(manifest.DurationSeconds),
            [.. manifest.Renditions.OrderByDescending(r => r.Height).Select(r => new PlayerRendition(r.Name, r.Height))],
            // Ranked by the service; sorted again so a shuffled list still starts with rank 1.
            [.. manifest.Edges
                .Where(e => !string.IsNullOrEmpty(e.MasterPlaylistUrl))
                .OrderBy(e => e.Rank <= 0 ? int.MaxValue : e.Rank)
                .Select(e => new PlayerEdge(e.Name, e.MasterPlaylistUrl))],
            manifest.HeartbeatIntervalSeconds > 0 ? manifest.HeartbeatIntervalSeconds : DefaultHeartbeatIntervalSeconds);
    }
}

public sealed record PlayerEdge(string Name, string Url);

public sealed record PlayerRendition(string Name, int Height);
