using Streamflix.Encoder.Encoding;
using Streamflix.Encoder.Events;

namespace Streamflix.Encoder.Tests;

public sealed class MasterPlaylistWriterTests
{
    [Fact]
    public void Master_playlist_lists_renditions_lowest_bandwidth_first_with_all_attributes()
    {
        Rendition[] renditions =
        [
            new("720p", 1280, 720, 3_100_000, 2_650_000, "avc1.64001f,mp4a.40.2", 24, "720p/index.m3u8"),
            new("240p", 426, 240, 480_000, 410_000, "avc1.4d4015,mp4a.40.2", 24, "240p/index.m3u8"),
            new("480p", 854, 480, 1_400_000, 1_190_000, "avc1.64001e,mp4a.40.2", 25, "480p/index.m3u8"),
        ];

        var text = MasterPlaylistWriter.Write(renditions);

        Assert.Equal(
            """
            #EXTM3U
            #EXT-X-VERSION:3
            #EXT-X-INDEPENDENT-SEGMENTS
            #EXT-X-STREAM-INF:BANDWIDTH=480000,AVERAGE-BANDWIDTH=410000,RESOLUTION=426x240,CODECS="avc1.4d4015,mp4a.40.2",FRAME-RATE=24.000
            240p/index.m3u8
            #EXT-X-STREAM-INF:BANDWIDTH=1400000,AVERAGE-BANDWIDTH=1190000,RESOLUTION=854x480,CODECS="avc1.64001e,mp4a.40.2",FRAME-RATE=25.000
            480p/index.m3u8
            #EXT-X-STREAM-INF:BANDWIDTH=3100000,AVERAGE-BANDWIDTH=2650000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",FRAME-RATE=24.000
            720p/index.m3u8

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Frame_rate_is_written_with_three_decimals_whatever_the_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var text = MasterPlaylistWriter.Write([new("240p", 426, 240, 1, 1, "avc1.4d4015,mp4a.40.2", 29.97, "240p/index.m3u8")]);

            Assert.Contains("FRAME-RATE=29.970\n", text);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
