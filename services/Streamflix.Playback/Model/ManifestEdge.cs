using Streamflix.Edge.Contracts;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Model;

/// <summary>One edge of a manifest: where to fetch the title's master playlist, signed for this session.</summary>
public sealed record ManifestEdge(string Name, string Region, string MasterPlaylistUrl, int Rank)
{
    /// <summary>
    /// The ranked edges with their signed URLs. The path (and so its signature) is the same on every
    /// edge: a player failing over keeps its session and its height cap.
    /// </summary>
    public static IReadOnlyList<ManifestEdge> Sign(
        ReadOnlySpan<byte> key,
        IReadOnlyList<EdgeHeartbeat> rankedEdges,
        PlayableTitle title,
        string sessionId,
        DateTimeOffset expiresAt,
        int maxHeight)
    {
        ArgumentNullException.ThrowIfNull(rankedEdges);
        ArgumentNullException.ThrowIfNull(title);
        var path = SignedMediaUrl.CreatePath(key, title.TitleId, sessionId, expiresAt, Math.Clamp(maxHeight, 0, SignedMediaUrl.MaxHeightLimit), title.MasterPlaylist);
        return rankedEdges
            .Select((edge, index) => new ManifestEdge(edge.Name, edge.Region, EdgeSteering.MasterPlaylistUrl(edge.PublicUrl, path), index + 1))
            .ToList();
    }
}
