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
}
