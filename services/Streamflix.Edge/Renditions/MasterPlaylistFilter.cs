using System.Globalization;
using System.Text;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Prefill;

namespace Streamflix.Edge.Renditions;

/// <summary>
/// A master playlist cut down to the variants a plan allows: every <c>#EXT-X-STREAM-INF</c> whose
/// <c>RESOLUTION</c> height is above the cap goes together with its URI line, and so does every
/// <c>#EXT-X-I-FRAME-STREAM-INF</c> above it. Everything else (header, version, independent segments,
/// audio and subtitle groups, comments, line endings) is kept in place, so the player sees the same
/// playlist with fewer rungs. A variant without a resolution (audio-only) is never above a cap.
/// </summary>
public static class MasterPlaylistFilter
{
    /// <returns>
    /// The filtered playlist (the same string when nothing is above the cap), or null when no
    /// <c>#EXT-X-STREAM-INF</c> variant is left to play.
    /// </returns>
    public static string? Apply(string playlist, int maxHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeight);

        // Split on '\n' only: each line keeps its '\r' (if any), so the output has the input's endings.
        var lines = playlist.Split('\n');
        var keep = new bool[lines.Length];
        var kept = 0;
        var dropped = 0;
        var dropNextUri = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            keep[i] = true;
            if (line.StartsWith(PlaylistParser.StreamInfTag, StringComparison.Ordinal))
            {
                // A tag without its URI (malformed) must not carry the drop on to the next variant's URI.
                dropNextUri = PlaylistParser.ResolutionHeight(line) > maxHeight;
                keep[i] = !dropNextUri;
                if (dropNextUri)
                {
                    dropped++;
                }
                else
                {
                    kept++;
                }
            }
            else if (line.StartsWith(PlaylistParser.IFrameStreamInfTag, StringComparison.Ordinal))
            {
                keep[i] = PlaylistParser.ResolutionHeight(line) <= maxHeight;
                dropped += keep[i] ? 0 : 1;
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                keep[i] = !dropNextUri;
                dropNextUri = false;
            }
        }

        if (kept == 0)
        {
            return null;
        }

        if (dropped == 0)
        {
            return playlist;
        }

        var text = new StringBuilder(playlist.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (keep[i])
            {
                text.Append(lines[i]);
                if (i < lines.Length - 1)
                {
                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <see cref="Apply(string, int)"/> on a cached master: a new object with its own body, length and
    /// entity tag (a capped body must never validate against the full one), or the cached object itself
    /// when nothing was above the cap. Null when the plan allows no variant.
    /// </summary>
    public static CachedObject? Apply(CachedObject master, int maxHeight)
    {
        var text = Encoding.UTF8.GetString(master.Body);
        var filtered = Apply(text, maxHeight);
        if (filtered is null)
        {
            return null;
        }

        if (ReferenceEquals(filtered, text))
        {
            return master;
        }

        return master with { Body = Encoding.UTF8.GetBytes(filtered), ETag = CappedETag(master.ETag, maxHeight) };
    }

    /// <summary><c>"abc"</c> → <c>"abc-h720"</c>, <c>W/"abc"</c> → <c>W/"abc-h720"</c>: the suffix goes inside the quotes to stay a valid tag.</summary>
    public static string? CappedETag(string? etag, int maxHeight)
    {
        if (string.IsNullOrEmpty(etag))
        {
            return etag;
        }

        var suffix = "-h" + maxHeight.ToString(CultureInfo.InvariantCulture);
        return etag.EndsWith('"') && etag.Length >= 2
            ? $"{etag[..^1]}{suffix}\""
            : $"\"{etag}{suffix}\"";
    }
}
