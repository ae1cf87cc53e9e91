using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

public sealed class PlaylistOrderTests
{
    [Fact]
    public void Segments_follow_in_playlist_order_within_their_folder()
    {
        var order = new PlaylistOrder();
        order.Learn("t/v1/720p/index.m3u8", TestObjects.Text("#EXTM3U\n#EXTINF:4,\nb.ts\n#EXTINF:4,\na.ts\n#EXTINF:4,\nc.ts\n#EXT-X-ENDLIST\n"));

        Assert.Equal(["t/v1/720p/a.ts", "t/v1/720p/c.ts"], order.Next("t/v1/720p/b.ts", 5).ToArray());
        Assert.Equal(["t/v1/720p/a.ts"], order.Next("t/v1/720p/b.ts", 1).ToArray());
        Assert.Empty(order.Next("t/v1/720p/c.ts", 5).ToArray());
    }

    [Fact]
    public void Uris_that_leave_the_title_or_are_absolute_are_not_learned()
    {
        var order = new PlaylistOrder();
        order.Learn("t/v1/720p/index.m3u8", TestObjects.Text(
            "#EXTM3U\n#EXTINF:4,\nseg_0.ts\n#EXTINF:4,\n../1080p/seg_1.ts\n#EXTINF:4,\nhttp://elsewhere/seg_2.ts\n#EXTINF:4,\n/t/v1/1080p/seg_3.ts\n#EXTINF:4,\nseg_4.ts\n"));

        Assert.Equal(["t/v1/720p/seg_4.ts"], order.Next("t/v1/720p/seg_0.ts", 5).ToArray());
        Assert.Equal(1, order.KnownFolders);
    }

    [Fact]
    public void Segments_in_a_subfolder_are_ordered_under_that_folder()
    {
        var order = new PlaylistOrder();
        order.Learn("t/v1/720p.m3u8", TestObjects.Text("#EXTM3U\n#EXTINF:4,\n720p/seg_0.ts\n#EXTINF:4,\n720p/seg_1.ts\n"));

        Assert.Equal(["t/v1/720p/seg_1.ts"], order.Next("t/v1/720p/seg_0.ts", 3).ToArray());
    }

    [Fact]
    public void When_full_it_starts_over()
    {
        var order = new PlaylistOrder();
        var playlist = TestObjects.Text("#EXTM3U\n#EXTINF:4,\nseg_0.ts\n#EXTINF:4,\nseg_1.ts\n");
        for (var i = 0; i < PlaylistOrder.MaxPlaylists; i++)
        {
            order.Learn($"t{i}/720p/index.m3u8", playlist);
        }

        Assert.Equal(PlaylistOrder.MaxPlaylists, order.KnownFolders);

        order.Learn("last/720p/index.m3u8", playlist);

        Assert.Equal(1, order.KnownFolders);
        Assert.Empty(order.Next("t0/720p/seg_0.ts", 1).ToArray());
        Assert.Equal(["last/720p/seg_1.ts"], order.Next("last/720p/seg_0.ts", 1).ToArray());
    }
}
