using System.Text.Json;
using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

/// <summary>Real ffmpeg and ffprobe, small inputs: what the pure tests cannot show.</summary>
public sealed class FfmpegLadderTests : IDisposable
{
    private readonly EncoderTestHost _host = new(segmentSeconds: 2);

    public void Dispose() => _host.Dispose();

    [FfmpegFact]
    public async Task A_demo_source_becomes_three_keyframe_aligned_vod_renditions_and_a_master_playlist()
    {
        var source = Path.Combine(_host.Root, "demo.mp4");
        var demo = await _host.Get<DemoSourceGenerator>().GenerateAsync(
            "ladder-test", "Ladder: it's 100% [real]", 6, source, CancellationToken.None, 320, 180);
        Assert.True(demo.Succeeded, demo.FailureReason("ffmpeg"));
        var probe = await _host.Get<MediaProber>().ProbeAsync(source, CancellationToken.None);
        Assert.NotNull(probe?.Video);
        Assert.Equal(6, probe.DurationSeconds, 0.2);

        var output = Path.Combine(_host.Root, "ladder");
        var job = new LadderJob(source, output, probe.DurationSeconds, OutputFrameRate.Choose(probe.Video.FrameRate),
            probe.HasAudio, SegmentSeconds: 2, LadderRung.Default);
        var percents = new List<double>();
        var outcome = await _host.Get<LadderEncoder>().EncodeAsync(job, (p, _) => { percents.Add(p); return Task.CompletedTask; }, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(["240p", "480p", "720p"], outcome.Renditions.Select(r => r.Name));
        Assert.Equal([(426, 240), (854, 480), (1280, 720)], outcome.Renditions.Select(r => (r.Width, r.Height)));
        Assert.All(outcome.Renditions, r => Assert.Matches(@"^avc1\.(4d40|6400)[0-9a-f]{2},mp4a\.40\.2$", r.Codecs));
        Assert.All(outcome.Renditions, r => Assert.True(r.Bandwidth >= r.AverageBandwidth && r.AverageBandwidth > 0));
        Assert.Equal(100, percents[^1]);
        Assert.Equal(percents.Order(), percents);

        var playlists = outcome.Renditions
            .Select(r => MediaPlaylistReader.Parse(File.ReadAllText(Path.Combine(output, r.PlaylistPath))))
            .ToList();
        Assert.All(playlists, p => Assert.True(p.IsVod && p.HasEndList));
        Assert.All(playlists, p => Assert.True(p.Segments.Count >= 3, $"{p.Segments.Count} segments"));
        Assert.All(playlists, p => Assert.All(p.Segments, s => Assert.True(
            File.Exists(Path.Combine(output, outcome.Renditions[playlists.IndexOf(p)].Name, s.Uri)))));
        // Keyframe alignment: segment N covers the same time in every rendition.
        Assert.Single(playlists.Select(p => p.Segments.Count).Distinct());
        for (var i = 0; i < playlists[0].Segments.Count; i++)
        {
            var durations = playlists.Select(p => p.Segments[i].DurationSeconds).ToList();
            Assert.True(durations.Max() - durations.Min() < 0.05, $"segment {i}: {string.Join(", ", durations)}");
        }

        var master = Path.Combine(output, MasterPlaylistWriter.FileName);
        Assert.Equal(MasterPlaylistWriter.Write(outcome.Renditions), File.ReadAllText(master));
        var (masterDuration, videoStreams) = await ProbeMasterAsync(master);
        Assert.Equal(6, masterDuration, 0.3);
        Assert.Equal(3, videoStreams);
    }

    [FfmpegFact]
    public async Task An_escaped_title_draws_exactly_the_literal_text()
    {
        const string title = @"It's 100% Mine: A\B, C; [D] %{pts} 'x'";
        var literalFile = Path.Combine(_host.Root, "title.txt");
        await File.WriteAllTextAsync(literalFile, title);

        var escaped = await FrameHashAsync($"drawtext=text={DrawtextEscaping.Escape(title)}:fontsize=12:fontcolor=white");
        var literal = await FrameHashAsync(
            $"drawtext=textfile={DrawtextEscaping.EscapeOptionValue(literalFile)}:expansion=none:fontsize=12:fontcolor=white");
        var blank = await FrameHashAsync("drawtext=text=x:fontsize=12:fontcolor=black");

        Assert.Equal(literal, escaped);
        Assert.NotEqual(blank, escaped);
    }

    private async Task<string> FrameHashAsync(string filter)
    {
        var hash = "";
        var result = await _host.Get<ToolProcess>().RunAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=480x64",
             "-filter_complex", $"[0:v]{filter}[v]", "-map", "[v]", "-frames:v", "1", "-f", "md5", "-"],
            (line, _) => { hash += line; return Task.CompletedTask; },
            lowPriority: false,
            CancellationToken.None);
        Assert.True(result.Succeeded, result.FailureReason("ffmpeg"));
        return hash;
    }

    private async Task<(double Duration, int VideoStreams)> ProbeMasterAsync(string master)
    {
        var json = new System.Text.StringBuilder();
        var result = await _host.Get<ToolProcess>().RunAsync(
            "ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", master],
            (line, _) => { json.AppendLine(line); return Task.CompletedTask; }, lowPriority: false, CancellationToken.None);
        Assert.True(result.Succeeded, result.FailureReason("ffprobe"));
        using var document = JsonDocument.Parse(json.ToString());
        var duration = double.Parse(document.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var videoStreams = document.RootElement.GetProperty("streams").EnumerateArray()
            .Count(s => s.GetProperty("codec_type").GetString() == "video");
        return (duration, videoStreams);
    }
}
