using Streamflix.Edge.Contracts;

namespace Streamflix.Playback.Model;

/// <summary>
/// Which edges a viewer is sent to, best first. Only edges that are alive and say they are healthy
/// are offered: a heartbeat older than the staleness limit (or from the future beyond it, a broken
/// clock) may belong to a dead edge. Among the rest: the viewer's region first (shorter path), then
/// edges that already hold the title (no origin fill), then the least loaded, then by name so that
/// equal edges are always ranked the same way.
/// </summary>
public static class EdgeSteering
{
    public static IReadOnlyList<EdgeHeartbeat> Rank(
        IEnumerable<EdgeHeartbeat> heartbeats, string region, string titleId, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(heartbeats);
        return heartbeats
            .Where(edge => IsServing(edge, now, staleAfter))
            .GroupBy(edge => edge.Name, StringComparer.Ordinal)
            .Select(sameName => sameName.MaxBy(edge => edge.At)!)
            .OrderByDescending(edge => string.Equals(edge.Region, region, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(edge => edge.CachedTitles?.Contains(titleId, StringComparer.Ordinal) == true)
            .ThenBy(edge => edge.ActiveRequests)
            .ThenBy(edge => edge.BytesPerSecond)
            .ThenBy(edge => edge.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsServing(EdgeHeartbeat edge, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return edge.Healthy
            && !string.IsNullOrEmpty(edge.Name)
            && IsAbsoluteHttpUrl(edge.PublicUrl)
            && (now - edge.At).Duration() <= staleAfter;
    }

    /// <summary>The edge's address with the signed path appended: exactly one '/' between them.</summary>
    public static string MasterPlaylistUrl(string publicUrl, string signedPath)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        ArgumentNullException.ThrowIfNull(signedPath);
        return publicUrl.TrimEnd('/') + signedPath;
    }

    private static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
