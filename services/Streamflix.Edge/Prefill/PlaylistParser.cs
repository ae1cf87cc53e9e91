using System.Globalization;
using System.Text.RegularExpressions;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Prefill;

/// <summary>
/// Just enough HLS (RFC 8216) to know what a player will ask for next: in a playlist, lines that are
/// not tags or blank are URIs; tags may carry more URIs in a <c>URI="…"</c> attribute (alternative
/// audio/subtitle renditions in <c>#EXT-X-MEDIA</c>, fMP4 init segments in <c>#EXT-X-MAP</c>), and
/// a master playlist's variants carry attributes such as <c>RESOLUTION=1280x720</c>.
/// </summary>
public static partial class PlaylistParser
{
    [GeneratedRegex("URI=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex UriAttribute();

    public const string StreamInfTag = "#EXT-X-STREAM-INF:";
    public const string IFrameStreamInfTag = "#EXT-X-I-FRAME-STREAM-INF:";

    public static bool IsMasterPlaylist(string playlist) =>
        playlist.Contains("#EXT-X-STREAM-INF", StringComparison.Ordinal);

    /// <summary>The same test on the raw bytes, so media playlists and segments are never decoded to ask.</summary>
    public static bool IsMasterPlaylist(ReadOnlySpan<byte> playlist) =>
        playlist.IndexOf("#EXT-X-STREAM-INF"u8) >= 0;

    /// <summary>
    /// Variants in order: each <c>#EXT-X-STREAM-INF</c> with the URI line after it, and each
    /// <c>#EXT-X-I-FRAME-STREAM-INF</c> with its <c>URI</c> attribute.
    /// </summary>
    public static IReadOnlyList<VariantStream> Variants(string playlist)
    {
        var variants = new List<VariantStream>();
        int? pendingHeight = null;
        foreach (var line in Lines(playlist))
        {
            if (line.StartsWith(StreamInfTag, StringComparison.Ordinal))
            {
                pendingHeight = ResolutionHeight(line);
            }
            else if (line.StartsWith(IFrameStreamInfTag, StringComparison.Ordinal))
            {
                if (AttributeValue(line, "URI") is { Length: > 0 } uri)
                {
                    variants.Add(new VariantStream(uri, ResolutionHeight(line), IFrameOnly: true));
                }
            }
            else if (pendingHeight is { } height && line.Length > 0 && !line.StartsWith('#'))
            {
                variants.Add(new VariantStream(line, height, IFrameOnly: false));
                pendingHeight = null;
            }
        }

        return variants;
    }

    /// <summary>The height of a tag's <c>RESOLUTION=WxH</c>; 0 when it has none (audio-only) or it is not a resolution.</summary>
    public static int ResolutionHeight(string tagLine)
    {
        var resolution = AttributeValue(tagLine, "RESOLUTION");
        var x = resolution?.IndexOf('x') ?? -1;
        return x > 0 && int.TryParse(resolution.AsSpan(x + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            ? height
            : 0;
    }

    /// <summary>
    /// One attribute of a tag line (RFC 8216 §4.2: <c>NAME=value</c> pairs separated by commas, where a
    /// quoted value may itself contain commas, as <c>CODECS="avc1.64001f,mp4a.40.2"</c> does). Quotes are removed.
    /// </summary>
    public static string? AttributeValue(string tagLine, string name)
    {
        var colon = tagLine.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var position = colon + 1;
        while (position < tagLine.Length)
        {
            var equals = tagLine.IndexOf('=', position);
            if (equals < 0)
            {
                return null;
            }

            var attribute = tagLine.AsSpan(position, equals - position).Trim();
            string value;
            int next;
            if (equals + 1 < tagLine.Length && tagLine[equals + 1] == '"')
            {
                var close = tagLine.IndexOf('"', equals + 2);
                if (close < 0)
                {
                    return null;
                }

                value = tagLine[(equals + 2)..close];
                var comma = tagLine.IndexOf(',', close);
                next = comma < 0 ? tagLine.Length : comma + 1;
            }
            else
            {
                var comma = tagLine.IndexOf(',', equals);
                var end = comma < 0 ? tagLine.Length : comma;
                value = tagLine[(equals + 1)..end].Trim();
                next = end + 1;
            }

            if (attribute.Equals(name, StringComparison.Ordinal))
            {
                return value;
            }

            position = next;
        }

        return null;
    }

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
