using System.Text.RegularExpressions;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Prefill;

/// <summary>
/// Just enough HLS (RFC 8216) to know what a player will ask for next: in a playlist, lines that are
/// not tags or blank are URIs; tags may carry more URIs in a <c>URI="…"</c> attribute (alternative
/// audio/subtitle renditions in <c>#EXT-X-MEDIA</c>, fMP4 init segments in <c>#EXT-X-MAP</c>).
/// </summary>
public static partial class PlaylistParser
{
    [GeneratedRegex("URI=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex UriAttribute();

    public static bool IsMasterPlaylist(string playlist) =>
        playlist.Contains("#EXT-X-STREAM-INF", StringComparison.Ordinal);

    /// <summary>URI lines in order: renditions in a master playlist, segments in a media playlist.</summary>
    public static IReadOnlyList<string> UriLines(string playlist) =>
        Lines(playlist).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>URIs inside tags, e.g. <c>#EXT-X-MEDIA:TYPE=AUDIO,…,URI="audio/en.m3u8"</c>.</summary>
    public static IReadOnlyList<string> TagUris(string playlist, string tag) =>
        Lines(playlist)
            .Where(l => l.StartsWith(tag, StringComparison.Ordinal))
            .Select(l => UriAttribute().Match(l))
            .Where(m => m.Success && m.Groups[1].Length > 0)
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>
    /// A URI relative to a playlist at <paramref name="playlistPath"/> (relative to the title), as a path
    /// relative to the title; null for absolute URIs, queries, traversal or anything the rules refuse.
    /// </summary>
    public static string? Resolve(string playlistPath, string uri)
    {
        if (uri.Contains("://", StringComparison.Ordinal) || uri.StartsWith('/') || uri.Contains('?') || uri.Contains('#'))
        {
            return null;
        }

        var slash = playlistPath.LastIndexOf('/');
        var resolved = slash < 0 ? uri : $"{playlistPath[..(slash + 1)]}{uri}";
        return MediaPathRules.IsValidRelativePath(resolved) ? resolved : null;
    }

    private static IEnumerable<string> Lines(string playlist) =>
        playlist.Split('\n').Select(l => l.Trim());
}
