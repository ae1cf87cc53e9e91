namespace Streamflix.Bench.Chaos;

/// <summary>Just enough HLS (RFC 8216): the first variant of a master playlist and every segment of a media playlist.</summary>
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

    public static IReadOnlyList<string> Segments(string media) => Lines(media).Where(IsUri).ToList();

    private static bool IsUri(string line) => line.Length > 0 && !line.StartsWith('#');

    private static IEnumerable<string> Lines(string playlist) => playlist.Split('\n').Select(l => l.Trim());
}
