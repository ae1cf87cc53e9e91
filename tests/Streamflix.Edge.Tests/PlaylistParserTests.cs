using Streamflix.Edge.Prefill;

namespace Streamflix.Edge.Tests;

public sealed class PlaylistParserTests
{
    private const string Master = """
        #EXTM3U
        #EXT-X-VERSION:6
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",DEFAULT=YES,URI="audio/en/index.m3u8"
        #EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=854x480,AUDIO="aud"
        480p/index.m3u8

        #EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,AUDIO="aud"
        720p/index.m3u8
        """;

    private const string Media = "#EXTM3U\r\n#EXT-X-TARGETDURATION:4\r\n#EXT-X-MAP:URI=\"init.mp4\"\r\n#EXTINF:4.0,\r\nseg_000.m4s\r\n#EXTINF:4.0,\r\nseg_001.m4s\r\n#EXT-X-ENDLIST\r\n";

    [Fact]
    public void Uri_lines_are_the_lines_that_are_not_tags()
    {
        Assert.Equal(["480p/index.m3u8", "720p/index.m3u8"], PlaylistParser.UriLines(Master));
        Assert.Equal(["seg_000.m4s", "seg_001.m4s"], PlaylistParser.UriLines(Media));
    }

    [Fact]
    public void Uris_inside_tags_are_found()
    {
        Assert.Equal(["audio/en/index.m3u8"], PlaylistParser.TagUris(Master, "#EXT-X-MEDIA"));
        Assert.Equal(["init.mp4"], PlaylistParser.TagUris(Media, "#EXT-X-MAP"));
    }

    [Fact]
    public void A_master_playlist_is_told_from_a_media_playlist()
    {
        Assert.True(PlaylistParser.IsMasterPlaylist(Master));
        Assert.False(PlaylistParser.IsMasterPlaylist(Media));
    }

    [Theory]
    [InlineData("master.m3u8", "480p/index.m3u8", "480p/index.m3u8")]
    [InlineData("480p/index.m3u8", "seg_000.ts", "480p/seg_000.ts")]
    [InlineData("audio/en/index.m3u8", "seg_1.aac", "audio/en/seg_1.aac")]
    [InlineData("480p/index.m3u8", "../720p/seg_000.ts", null)]
    [InlineData("480p/index.m3u8", "https://elsewhere.example/seg.ts", null)]
    [InlineData("480p/index.m3u8", "/absolute/seg.ts", null)]
    [InlineData("480p/index.m3u8", "seg.ts?token=1", null)]
    [InlineData("a/b/c/index.m3u8", "d/seg.ts", null)]
    public void Relative_uris_resolve_against_the_playlist_folder(string playlist, string uri, string? expected)
    {
        Assert.Equal(expected, PlaylistParser.Resolve(playlist, uri));
    }

    [Fact]
    public void Variants_pair_each_stream_tag_with_its_uri_and_height()
    {
        const string master = Master + "\n#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,RESOLUTION=1280x720,URI=\"720p/iframes.m3u8\"\n#EXT-X-STREAM-INF:BANDWIDTH=64000\naudio-only.m3u8\n";

        Assert.Equal(
            [
                new VariantStream("480p/index.m3u8", 480, false),
                new VariantStream("720p/index.m3u8", 720, false),
                new VariantStream("720p/iframes.m3u8", 720, true),
                new VariantStream("audio-only.m3u8", 0, false),
            ],
            PlaylistParser.Variants(master));
        Assert.Empty(PlaylistParser.Variants(Media));
    }

    [Theory]
    [InlineData("#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1280x720", "RESOLUTION", "1280x720")]
    [InlineData("#EXT-X-STREAM-INF:CODECS=\"avc1.64001f,mp4a.40.2\",RESOLUTION=1280x720", "CODECS", "avc1.64001f,mp4a.40.2")]
    [InlineData("#EXT-X-STREAM-INF:CODECS=\"a,RESOLUTION=1x2\",BANDWIDTH=5", "RESOLUTION", null)]
    [InlineData("#EXT-X-STREAM-INF:CODECS=\"a,RESOLUTION=1x2\",BANDWIDTH=5", "BANDWIDTH", "5")]
    [InlineData("#EXT-X-STREAM-INF:AVERAGE-BANDWIDTH=4,BANDWIDTH=5", "BANDWIDTH", "5")]
    [InlineData("#EXT-X-STREAM-INF", "BANDWIDTH", null)]
    public void Attributes_are_read_by_name_and_quoted_commas_do_not_split(string line, string name, string? expected)
    {
        Assert.Equal(expected, PlaylistParser.AttributeValue(line, name));
    }

    [Theory]
    [InlineData("#EXT-X-STREAM-INF:RESOLUTION=1920x1080", 1080)]
    [InlineData("#EXT-X-STREAM-INF:BANDWIDTH=64000", 0)]
    [InlineData("#EXT-X-STREAM-INF:RESOLUTION=wide", 0)]
    [InlineData("#EXT-X-STREAM-INF:RESOLUTION=1920x-1", 0)]
    public void The_height_is_the_resolutions_second_number(string line, int height)
    {
        Assert.Equal(height, PlaylistParser.ResolutionHeight(line));
    }

    [Fact]
    public void A_master_is_told_from_its_bytes_too()
    {
        Assert.True(PlaylistParser.IsMasterPlaylist(System.Text.Encoding.UTF8.GetBytes(Master)));
        Assert.False(PlaylistParser.IsMasterPlaylist(System.Text.Encoding.UTF8.GetBytes(Media)));
    }
}
