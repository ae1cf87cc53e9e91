using System.Text;
using Streamflix.Edge.Renditions;

namespace Streamflix.Edge.Tests;

public sealed class MasterPlaylistFilterTests
{
    // The encoder's shape plus what other packagers add: audio groups, I-frame playlists, comments.
    private const string Master = """
        #EXTM3U
        #EXT-X-VERSION:6
        #EXT-X-INDEPENDENT-SEGMENTS
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",DEFAULT=YES,URI="audio/en/index.m3u8"
        #EXT-X-STREAM-INF:BANDWIDTH=480000,RESOLUTION=426x240,CODECS="avc1.4d4015,mp4a.40.2",AUDIO="aud"
        240p/index.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=854x480,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aud"
        480p/index.m3u8
        # a comment between variants stays
        #EXT-X-STREAM-INF:BANDWIDTH=3100000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",AUDIO="aud"
        720p/index.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=6000000,RESOLUTION=1920x1080,CODECS="avc1.640028,mp4a.40.2",AUDIO="aud"
        1080p/index.m3u8
        #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,RESOLUTION=854x480,URI="480p/iframes.m3u8"
        #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=200000,RESOLUTION=1280x720,URI="720p/iframes.m3u8"

        """;

    [Fact]
    public void Variants_above_the_cap_go_with_their_uri_and_everything_else_stays_in_order()
    {
        var filtered = MasterPlaylistFilter.Apply(Master, 480);

        Assert.Equal("""
            #EXTM3U
            #EXT-X-VERSION:6
            #EXT-X-INDEPENDENT-SEGMENTS
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",DEFAULT=YES,URI="audio/en/index.m3u8"
            #EXT-X-STREAM-INF:BANDWIDTH=480000,RESOLUTION=426x240,CODECS="avc1.4d4015,mp4a.40.2",AUDIO="aud"
            240p/index.m3u8
            #EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=854x480,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aud"
            480p/index.m3u8
            # a comment between variants stays
            #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,RESOLUTION=854x480,URI="480p/iframes.m3u8"

            """, filtered);
    }

    [Theory]
    [InlineData(239, new string[0])]
    [InlineData(240, new[] { "240p" })]
    [InlineData(719, new[] { "240p", "480p" })]
    [InlineData(720, new[] { "240p", "480p", "720p" })]
    [InlineData(2160, new[] { "240p", "480p", "720p", "1080p" })]
    public void The_cap_is_inclusive(int maxHeight, string[] renditions)
    {
        var filtered = MasterPlaylistFilter.Apply(Master, maxHeight);

        if (renditions.Length == 0)
        {
            Assert.Null(filtered);
            return;
        }

        Assert.NotNull(filtered);
        var uris = filtered.Split('\n').Where(l => l.EndsWith("/index.m3u8", StringComparison.Ordinal) && !l.StartsWith('#'));
        Assert.Equal(renditions.Select(r => $"{r}/index.m3u8"), uris);
        Assert.Equal(renditions.Length, filtered.Split('\n').Count(l => l.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal)));
    }

    [Fact]
    public void I_frame_playlists_above_the_cap_are_dropped_and_the_others_kept()
    {
        var filtered = MasterPlaylistFilter.Apply(Master, 720)!;

        Assert.Contains("URI=\"480p/iframes.m3u8\"", filtered);
        Assert.Contains("URI=\"720p/iframes.m3u8\"", filtered);
        Assert.DoesNotContain("1080p", filtered);
        Assert.DoesNotContain("iframes", MasterPlaylistFilter.Apply(Master, 240)!);
    }

    [Fact]
    public void Nothing_above_the_cap_returns_the_playlist_itself()
    {
        Assert.Same(Master, MasterPlaylistFilter.Apply(Master, 1080));
    }

    [Fact]
    public void A_variant_without_a_resolution_is_never_capped()
    {
        const string master = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS=\"mp4a.40.2\"\naudio-only/index.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=3100000,RESOLUTION=1280x720\n720p/index.m3u8\n";

        Assert.Equal("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS=\"mp4a.40.2\"\naudio-only/index.m3u8\n", MasterPlaylistFilter.Apply(master, 480));
    }

    [Fact]
    public void Crlf_line_endings_and_blank_lines_before_the_uri_are_handled()
    {
        const string master = "#EXTM3U\r\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=854x480\r\n480p/a.m3u8\r\n#EXT-X-STREAM-INF:BANDWIDTH=2,RESOLUTION=1280x720\r\n\r\n720p/a.m3u8\r\n";

        Assert.Equal("#EXTM3U\r\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=854x480\r\n480p/a.m3u8\r\n\r\n", MasterPlaylistFilter.Apply(master, 480));
    }

    [Fact]
    public void A_resolution_inside_a_quoted_attribute_is_not_the_variants()
    {
        const string master = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,CODECS=\"x,RESOLUTION=1x100\",RESOLUTION=1920x1080\nhd/a.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=640x360\nsd/a.m3u8\n";

        Assert.Equal("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=640x360\nsd/a.m3u8\n", MasterPlaylistFilter.Apply(master, 480));
    }

    [Fact]
    public void A_cached_master_is_filtered_into_a_new_object_with_its_own_tag_and_length()
    {
        var original = TestObjects.Text(Master);

        var capped = MasterPlaylistFilter.Apply(original, 480);

        Assert.NotNull(capped);
        Assert.NotSame(original, capped);
        Assert.Equal(MasterPlaylistFilter.Apply(Master, 480), Encoding.UTF8.GetString(capped.Body));
        Assert.Equal(capped.Body.LongLength, capped.Length);
        Assert.True(capped.Length < original.Length);
        Assert.Equal("\"etag-h480\"", capped.ETag);
        Assert.Equal(original.ContentType, capped.ContentType);
        Assert.Equal(original.CacheControl, capped.CacheControl);
        Assert.Contains("1080p", Encoding.UTF8.GetString(original.Body));   // the cached object is untouched
        Assert.Same(original, MasterPlaylistFilter.Apply(original, 1080));
        Assert.Null(MasterPlaylistFilter.Apply(original, 100));
    }

    [Theory]
    [InlineData("\"abc\"", "\"abc-h720\"")]
    [InlineData("W/\"abc\"", "W/\"abc-h720\"")]
    [InlineData("abc", "\"abc-h720\"")]
    [InlineData(null, null)]
    public void The_capped_tag_stays_a_valid_entity_tag(string? etag, string? expected)
    {
        Assert.Equal(expected, MasterPlaylistFilter.CappedETag(etag, 720));
    }

    [Fact]
    public void A_cap_of_zero_is_not_a_filter()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MasterPlaylistFilter.Apply(Master, 0));
    }
}
