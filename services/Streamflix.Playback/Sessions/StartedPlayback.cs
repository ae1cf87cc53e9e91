using Streamflix.Playback.Model;

namespace Streamflix.Playback.Sessions;

/// <summary>Everything a manifest says about a session that was just granted.</summary>
public sealed record StartedPlayback(
    PlaySession Session,
    Entitlement Entitlement,
    IReadOnlyList<PlayableRendition> Renditions,
    IReadOnlyList<ManifestEdge> Edges,
    DateTimeOffset UrlsExpireAt,
    int HeartbeatIntervalSeconds,
    int LeaseSeconds);
