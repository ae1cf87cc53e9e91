using System.Globalization;
using System.Text.Json;

namespace Streamflix.Encoder.Encoding;

/// <summary>The first video stream as ffprobe describes it.</summary>
public sealed record VideoStreamInfo(string CodecName, int Width, int Height, double FrameRate, string? Profile, int? Level);

/// <summary>What ffprobe (<c>-print_format json -show_format -show_streams</c>) says about a file.</summary>
public sealed record ProbeReport(double DurationSeconds, VideoStreamInfo? Video, bool HasAudio)
{
    public static ProbeReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        VideoStreamInfo? video = null;
        var hasAudio = false;
        double streamDuration = 0;
        if (root.TryGetProperty("streams", out var streams) && streams.ValueKind == JsonValueKind.Array)
        {
            foreach (var stream in streams.EnumerateArray())
            {
                var type = String(stream, "codec_type");
                hasAudio |= type == "audio";
                // Cover art in an MP3/M4A is a one-frame "video" stream: not something to encode.
                if (type != "video" || video is not null || IsAttachedPicture(stream))
                {
                    continue;
                }

                video = new VideoStreamInfo(
                    String(stream, "codec_name") ?? "unknown",
                    Int(stream, "width") ?? 0,
                    Int(stream, "height") ?? 0,
                    Rational(String(stream, "avg_frame_rate")) is > 0 and var avg ? avg : Rational(String(stream, "r_frame_rate")),
                    String(stream, "profile"),
                    Int(stream, "level"));
                streamDuration = Number(String(stream, "duration"));
            }
        }

        var duration = root.TryGetProperty("format", out var format) ? Number(String(format, "duration")) : 0;
        return new ProbeReport(duration > 0 ? duration : streamDuration, video is { Width: > 0, Height: > 0 } ? video : null, hasAudio);
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition)
        && disposition.TryGetProperty("attached_pic", out var attached)
        && attached.ValueKind == JsonValueKind.Number
        && attached.GetInt32() == 1;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement element, string name) =>
        int.TryParse(String(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;

    /// <summary>"24/1", "30000/1001"; "0/0" (unknown) gives 0.</summary>
    private static double Rational(string? text)
    {
        var parts = text?.Split('/');
        if (parts is not [var numerator, var denominator])
        {
            return Number(text);
        }

        var d = Number(denominator);
        return d > 0 ? Number(numerator) / d : 0;
    }
}
