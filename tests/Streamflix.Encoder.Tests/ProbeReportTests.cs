using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class ProbeReportTests
{
    [Fact]
    public void Video_and_audio_streams_and_duration_are_read()
    {
        var report = ProbeReport.Parse("""
            {"streams":[
              {"index":0,"codec_name":"h264","profile":"High","codec_type":"video","width":1280,"height":720,"level":31,"r_frame_rate":"24/1","avg_frame_rate":"24/1"},
              {"index":1,"codec_name":"aac","profile":"LC","codec_type":"audio","avg_frame_rate":"0/0"}],
             "format":{"duration":"20.010000","format_name":"mov,mp4,m4a,3gp,3g2,mj2"}}
            """);

        Assert.Equal(20.01, report.DurationSeconds);
        Assert.True(report.HasAudio);
        Assert.Equal(new VideoStreamInfo("h264", 1280, 720, 24, "High", 31), report.Video);
    }

    [Fact]
    public void Fractional_frame_rates_are_divided_out()
    {
        var report = ProbeReport.Parse("""
            {"streams":[{"codec_type":"video","codec_name":"h264","width":640,"height":360,"avg_frame_rate":"30000/1001"}],"format":{"duration":"1.0"}}
            """);

        Assert.Equal(29.97, report.Video!.FrameRate, 2);
        Assert.False(report.HasAudio);
    }

    [Fact]
    public void Audio_with_cover_art_has_no_video()
    {
        var report = ProbeReport.Parse("""
            {"streams":[
              {"codec_type":"audio","codec_name":"mp3"},
              {"codec_type":"video","codec_name":"mjpeg","width":500,"height":500,"disposition":{"attached_pic":1}}],
             "format":{"duration":"180.5"}}
            """);

        Assert.Null(report.Video);
    }

    [Fact]
    public void A_file_without_streams_has_no_video_and_no_duration()
    {
        var report = ProbeReport.Parse("{}");

        Assert.Null(report.Video);
        Assert.Equal(0, report.DurationSeconds);
    }
}
