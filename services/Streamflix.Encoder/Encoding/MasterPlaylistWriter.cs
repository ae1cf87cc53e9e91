using System.Globalization;
using System.Text;
using Streamflix.Encoder.Events;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Writes master.m3u8 from measured renditions, rather than taking ffmpeg's: ours carries
/// AVERAGE-BANDWIDTH and FRAME-RATE, a BANDWIDTH measured on the segments, and a fixed order
/// (lowest first, the rung players start on).
/// </summary>
public static class MasterPlaylistWriter
{
    public const string FileName = "master.m3u8";

    public static string Write(IEnumerable<Rendition> renditions)
    {
        var text = new StringBuilder();
        text.Append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        foreach (var r in renditions.OrderBy(r => r.Bandwidth).ThenBy(r => r.Height))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"#EXT-X-STREAM-INF:BANDWIDTH={r.Bandwidth},AVERAGE-BANDWIDTH={r.AverageBandwidth},RESOLUTION={r.Width}x{r.Height},CODECS=\"{r.Codecs}\",FRAME-RATE={r.FrameRate:0.000}\n");
            text.Append(r.PlaylistPath).Append('\n');
        }

        return text.ToString();
    }
}
