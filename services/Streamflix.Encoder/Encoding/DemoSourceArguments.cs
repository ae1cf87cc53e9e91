using System.Globalization;

namespace Streamflix.Encoder.Encoding;

/// <summary>ffmpeg arguments that draw a demo title: a test pattern with the title's name and a sine tone.</summary>
public static class DemoSourceArguments
{
    public const int MinSeconds = 20;
    public const int MaxSeconds = 60;
    public const string DefaultFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public static int ClampDuration(int requestedSeconds) => Math.Clamp(requestedSeconds, MinSeconds, MaxSeconds);

    /// <param name="fontFile">A TTF to draw with, or null for drawtext's built-in default (fontconfig).</param>
    public static IReadOnlyList<string> Build(
        DemoPattern pattern, string titleName, int durationSeconds, int width, int height, string? fontFile, string outputPath)
    {
        var seconds = durationSeconds.ToString(CultureInfo.InvariantCulture);
        var fontSize = Math.Max(height / 13, 8).ToString(CultureInfo.InvariantCulture);
        var font = fontFile is null ? "" : $"fontfile={DrawtextEscaping.EscapeOptionValue(fontFile)}:";
        var drawtext =
            $"drawtext={font}text={DrawtextEscaping.Escape(titleName)}:fontsize={fontSize}:fontcolor=white" +
            ":box=1:boxcolor=black@0.55:boxborderw=12:x=(w-text_w)/2:y=h-text_h-h/12";

        return
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-f", "lavfi", "-i", pattern.SourceGraph(width, height),
            "-f", "lavfi", "-i", $"sine=frequency={pattern.ToneHertz.ToString(CultureInfo.InvariantCulture)}:sample_rate=48000",
            "-t", seconds,
            "-filter_complex", $"[0:v]{drawtext},format=yuv420p[v]",
            "-map", "[v]", "-map", "1:a",
            // ultrafast: the demo source is an intermediate, re-encoded by the ladder straight after.
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18",
            "-c:a", "aac", "-b:a", "128k",
            outputPath,
        ];
    }
}
