using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class LadderArgumentsTests
{
    private static readonly LadderJob Job = new("/work/src.mp4", "/work/out", 20, 24, SourceHasAudio: true, 4, LadderRung.Default);

    private static string ValueAfter(IReadOnlyList<string> args, string option)
    {
        var index = args.ToList().IndexOf(option);
        Assert.True(index >= 0, $"{option} is missing");
        return args[index + 1];
    }

    [Fact]
    public void Keyframes_are_forced_on_the_segment_grid_without_scene_cuts()
    {
        var args = LadderArguments.Build(Job);

        Assert.Equal("96", ValueAfter(args, "-g"));
        Assert.Equal("96", ValueAfter(args, "-keyint_min"));
        Assert.Equal("0", ValueAfter(args, "-sc_threshold"));
        Assert.Equal("expr:gte(t,n_forced*4)", ValueAfter(args, "-force_key_frames"));
    }

    [Fact]
    public void Output_is_a_vod_hls_ladder_with_four_second_segments_in_named_folders()
    {
        var args = LadderArguments.Build(Job);

        Assert.Equal("hls", ValueAfter(args, "-f"));
        Assert.Equal("4", ValueAfter(args, "-hls_time"));
        Assert.Equal("vod", ValueAfter(args, "-hls_playlist_type"));
        Assert.Equal(Path.Combine("/work/out", "%v", "seg_%03d.ts"), ValueAfter(args, "-hls_segment_filename"));
        Assert.Equal("v:0,a:0,name:240p v:1,a:1,name:480p v:2,a:2,name:720p", ValueAfter(args, "-var_stream_map"));
        Assert.Equal("pipe:1", ValueAfter(args, "-progress"));
        Assert.Contains("-nostats", args);
        Assert.Equal(Path.Combine("/work/out", "%v", "index.m3u8"), args[^1]);
    }

    [Fact]
    public void Three_rungs_are_split_from_one_decode_and_scaled_with_square_pixels()
    {
        var args = LadderArguments.Build(Job);

        Assert.Equal(
            "[0:v]fps=24,split=3[s0][s1][s2];[s0]scale=-2:240,setsar=1[v0];[s1]scale=-2:480,setsar=1[v1];[s2]scale=-2:720,setsar=1[v2]",
            ValueAfter(args, "-filter_complex"));
        Assert.Equal(["[v0]", "0:a:0", "[v1]", "0:a:0", "[v2]", "0:a:0"],
            args.Select((a, i) => (a, i)).Where(x => x.i > 0 && args[x.i - 1] == "-map").Select(x => x.a));
        Assert.Equal("libx264", ValueAfter(args, "-c:v"));
        Assert.Equal("veryfast", ValueAfter(args, "-preset"));
        Assert.Equal(["400k", "1200k", "2800k"], new[] { "-b:v:0", "-b:v:1", "-b:v:2" }.Select(o => ValueAfter(args, o)));
        Assert.Equal(["440k", "1320k", "3080k"], new[] { "-maxrate:v:0", "-maxrate:v:1", "-maxrate:v:2" }.Select(o => ValueAfter(args, o)));
        Assert.Equal("main", ValueAfter(args, "-profile:v:0"));
        Assert.Equal("aac", ValueAfter(args, "-c:a"));
    }

    [Fact]
    public void Segment_length_and_frame_rate_drive_the_gop()
    {
        var args = LadderArguments.Build(Job with { SegmentSeconds = 2, FrameRate = 25 });

        Assert.Equal("50", ValueAfter(args, "-g"));
        Assert.Equal("expr:gte(t,n_forced*2)", ValueAfter(args, "-force_key_frames"));
        Assert.Equal("2", ValueAfter(args, "-hls_time"));
    }

    [Fact]
    public void A_silent_source_gets_a_silent_track_so_every_rung_has_audio()
    {
        var args = LadderArguments.Build(Job with { SourceHasAudio = false });

        Assert.Contains("anullsrc=r=48000:cl=stereo", args);
        Assert.Equal("20", ValueAfter(args, "-t"));
        Assert.Equal(3, args.Count(a => a == "1:a:0"));
        Assert.DoesNotContain("0:a:0", args);
    }
}
