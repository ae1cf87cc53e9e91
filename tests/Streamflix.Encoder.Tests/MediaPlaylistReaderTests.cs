using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class MediaPlaylistReaderTests
{
    private const string FfmpegVod = """
        #EXTM3U
        #EXT-X-VERSION:6
        #EXT-X-TARGETDURATION:4
        #EXT-X-MEDIA-SEQUENCE:0
        #EXT-X-PLAYLIST-TYPE:VOD
        #EXT-X-INDEPENDENT-SEGMENTS
        #EXTINF:4.000000,
        seg_000.ts
        #EXTINF:4.000000,
        seg_001.ts
        #EXTINF:2.010667,
        seg_002.ts
        #EXT-X-ENDLIST
        """;

    [Fact]
    public void Segments_are_read_in_order_with_their_durations()
    {
        var playlist = MediaPlaylistReader.Parse(FfmpegVod);

        Assert.Equal(["seg_000.ts", "seg_001.ts", "seg_002.ts"], playlist.Segments.Select(s => s.Uri));
        Assert.Equal([4.0, 4.0, 2.010667], playlist.Segments.Select(s => s.DurationSeconds));
        Assert.Equal(10.010667, playlist.DurationSeconds, 6);
        Assert.Equal(4, playlist.TargetDurationSeconds);
    }

    [Fact]
    public void A_finished_vod_playlist_is_recognised()
    {
        var playlist = MediaPlaylistReader.Parse(FfmpegVod.ReplaceLineEndings("\r\n"));

        Assert.True(playlist.IsVod);
        Assert.True(playlist.HasEndList);
    }

    [Fact]
    public void An_unfinished_playlist_has_no_end_list()
    {
        var playlist = MediaPlaylistReader.Parse("#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nseg_000.ts\n");

        Assert.False(playlist.IsVod);
        Assert.False(playlist.HasEndList);
        Assert.Single(playlist.Segments);
    }

    [Theory]
    [InlineData("seg_000.ts\n")]
    [InlineData("#EXTM3U\nseg_000.ts\n")]
    public void Text_that_is_not_a_media_playlist_is_refused(string text) =>
        Assert.Throws<FormatException>(() => MediaPlaylistReader.Parse(text));
}
