using System.Globalization;

namespace Streamflix.Encoder.Encoding;

/// <summary>Reads the media playlists ffmpeg writes (RFC 8216 §4.3): enough to measure and check a rendition.</summary>
public static class MediaPlaylistReader
{
    public static MediaPlaylist Parse(string text)
    {
        var segments = new List<MediaSegment>();
        double? pendingDuration = null;
        var targetDuration = 0;
        var isVod = false;
        var hasEndList = false;
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines is not ["#EXTM3U", ..])
        {
            throw new FormatException("Not an HLS playlist: it must start with #EXTM3U.");
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("#EXTINF:", StringComparison.Ordinal))
            {
                // "#EXTINF:<duration>,[<title>]"
                var value = line["#EXTINF:".Length..].Split(',')[0];
                pendingDuration = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("#EXT-X-TARGETDURATION:", StringComparison.Ordinal))
            {
                targetDuration = int.Parse(line["#EXT-X-TARGETDURATION:".Length..], CultureInfo.InvariantCulture);
            }
            else if (line == "#EXT-X-PLAYLIST-TYPE:VOD")
            {
                isVod = true;
            }
            else if (line == "#EXT-X-ENDLIST")
            {
                hasEndList = true;
            }
            else if (!line.StartsWith('#'))
            {
                var duration = pendingDuration ?? throw new FormatException($"Segment '{line}' has no #EXTINF before it.");
                segments.Add(new MediaSegment(line, duration));
                pendingDuration = null;
            }
        }

        return new MediaPlaylist(segments, targetDuration, isVod, hasEndList);
    }
}
