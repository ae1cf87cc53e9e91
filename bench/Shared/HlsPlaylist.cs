namespace Streamflix.Bench;

/// <summary>
/// Just enough HLS (RFC 8216) for the benchmarks' players: the URI line after the first
/// <c>#EXT-X-STREAM-INF</c> of a master playlist, and the URI lines (segments) of a media playlist.
/// </summary>
public static class HlsPlaylist
{
    public static string? FirstVariant(string master)
    {
        var afterStreamInf = false;
        foreach (var line in Lines(master))
        {
            if (line.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal))
            {
                afterStreamInf = true;
            }
            else if (afterStreamInf && IsUri(line))
            {
                return line;
            }
        }

        return null;
    }

    public static string? FirstSegment(string media) => Lines(media).FirstOrDefault(IsUri);

    public static IReadOnlyList<string> Segments(string media) => Lines(media).Where(IsUri).ToList();

    private static bool IsUri(string line) => line.Length > 0 && !line.StartsWith('#');

    private static IEnumerable<string> Lines(string playlist) => playlist.Split('\n').Select(l => l.Trim());
}
