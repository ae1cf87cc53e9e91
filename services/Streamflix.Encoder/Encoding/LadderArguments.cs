using System.Globalization;
using System.Text;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// One ffmpeg pass that decodes the source once and writes every rung (split + scale in one filter
/// graph, measured ~2x faster here than one ffmpeg per rung). Keyframes are forced on the same
/// time grid in every rung so segment N covers the same time everywhere and players can switch
/// rungs at any segment boundary.
/// </summary>
public static class LadderArguments
{
    public const string PlaylistName = "index.m3u8";
    public const string SegmentPattern = "seg_%03d.ts";

    public static IReadOnlyList<string> Build(LadderJob job)
    {
        var fps = Format(job.FrameRate);
        var gop = Math.Max((int)Math.Round(job.FrameRate * job.SegmentSeconds), 1).ToString(CultureInfo.InvariantCulture);
        var segment = job.SegmentSeconds.ToString(CultureInfo.InvariantCulture);
        var rungs = job.Rungs;

        var args = new List<string> { "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", job.SourcePath };
        if (!job.SourceHasAudio)
        {
            // Every rung carries audio even for a silent source, so players never switch between
            // audio and no-audio variants (which stalls MSE).
            args.AddRange(["-f", "lavfi", "-t", Format(job.DurationSeconds), "-i", "anullsrc=r=48000:cl=stereo"]);
        }

        args.AddRange(["-filter_complex", FilterGraph(fps, rungs)]);
        var audio = job.SourceHasAudio ? "0:a:0" : "1:a:0";
        for (var i = 0; i < rungs.Count; i++)
        {
            args.AddRange(["-map", $"[v{i}]", "-map", audio]);
        }

        args.AddRange(["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"]);
        for (var i = 0; i < rungs.Count; i++)
        {
            var rung = rungs[i];
            args.AddRange(
            [
                $"-profile:v:{i}", rung.Profile,
                $"-b:v:{i}", Kbps(rung.VideoKbps),
                $"-maxrate:v:{i}", Kbps(rung.MaxKbps),
                $"-bufsize:v:{i}", Kbps(rung.BufferKbits),
                $"-b:a:{i}", Kbps(rung.AudioKbps),
            ]);
        }

        args.AddRange(
        [
            // Closed GOPs of exactly one segment; no scene-cut keyframes that would drift the grid.
            "-g", gop, "-keyint_min", gop, "-sc_threshold", "0",
            "-force_key_frames", $"expr:gte(t,n_forced*{segment})",
            "-c:a", "aac", "-ac", "2", "-ar", "48000",
            "-f", "hls",
            "-hls_time", segment,
            "-hls_playlist_type", "vod",
            "-hls_flags", "independent_segments",
            "-hls_segment_filename", Path.Combine(job.OutputDirectory, "%v", SegmentPattern),
            "-var_stream_map", string.Join(' ', rungs.Select((r, i) => $"v:{i},a:{i},name:{r.Name}")),
            "-progress", "pipe:1", "-nostats",
            Path.Combine(job.OutputDirectory, "%v", PlaylistName),
        ]);
        return args;
    }

    private static string FilterGraph(string fps, IReadOnlyList<LadderRung> rungs)
    {
        // fps first: variable-rate sources become constant-rate, so the GOP length is exact.
        var graph = new StringBuilder($"[0:v]fps={fps},split={rungs.Count}");
        for (var i = 0; i < rungs.Count; i++)
        {
            graph.Append($"[s{i}]");
        }

        for (var i = 0; i < rungs.Count; i++)
        {
            // -2: keep the source's shape with an even width (16:9 → 426/854/1280). setsar=1: scale
            // alone leaves 240p at SAR 640:639, which browsers report as 427 pixels wide.
            graph.Append($";[s{i}]scale=-2:{rungs[i].Height.ToString(CultureInfo.InvariantCulture)},setsar=1[v{i}]");
        }

        return graph.ToString();
    }

    private static string Kbps(int kbps) => kbps.ToString(CultureInfo.InvariantCulture) + "k";

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
