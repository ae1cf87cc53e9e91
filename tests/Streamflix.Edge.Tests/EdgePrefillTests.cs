using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Prefill;

namespace Streamflix.Edge.Tests;

public sealed class EdgePrefillTests
{
    [Fact]
    public async Task Prefill_fetches_playlists_and_the_first_segments_of_each_rendition()
    {
        var origin = new DictionaryOrigin(new()
        {
            ["t/master.m3u8"] = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n480p/index.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=2\n720p/index.m3u8\n",
            ["t/480p/index.m3u8"] = "#EXTM3U\n#EXTINF:4,\nseg_0.ts\n#EXTINF:4,\nseg_1.ts\n#EXTINF:4,\nseg_2.ts\n#EXTINF:4,\nseg_3.ts\n",
            ["t/720p/index.m3u8"] = "#EXTM3U\n#EXTINF:4,\nseg_0.ts\n#EXTINF:4,\nseg_1.ts\n#EXTINF:4,\nseg_2.ts\n",
            ["t/480p/seg_0.ts"] = "a", ["t/480p/seg_1.ts"] = "b", ["t/480p/seg_2.ts"] = "c", ["t/480p/seg_3.ts"] = "d",
            ["t/720p/seg_0.ts"] = "e", ["t/720p/seg_1.ts"] = "f",
        });
        var cache = new EdgeCache(1_000_000);
        var fetcher = new OriginFetcher(cache, origin, new FakeTimeProvider());
        var options = Options.Create(new EdgeOptions { PrefillSegments = 3 });
        var readAhead = new SegmentReadAhead(cache, fetcher, options, NullLogger<SegmentReadAhead>.Instance, CancellationToken.None);
        var prefill = new EdgePrefill(fetcher, readAhead, options);

        var report = await prefill.PrefillAsync("t", CancellationToken.None);

        Assert.True(report.Found);
        Assert.Equal(3, report.Playlists);
        Assert.Equal(5, report.Segments);
        Assert.Equal(1, report.Failed);                    // 720p/seg_2.ts is listed but absent
        Assert.True(cache.TryGet("t/480p/seg_2.ts", out _));
        Assert.False(cache.TryGet("t/480p/seg_3.ts", out _));
        Assert.DoesNotContain("t/480p/seg_3.ts", origin.Requested);

        // The playlists prefill read taught read-ahead their order: the first viewer's segment 2 brings segment 3.
        Assert.Equal(2, readAhead.KnownFolders);
        await readAhead.FillAfter("t/480p/seg_2.ts");
        Assert.True(cache.TryGet("t/480p/seg_3.ts", out _));
    }

    [Fact]
    public async Task Prefill_of_an_unknown_title_reports_not_found()
    {
        var cache = new EdgeCache(1_000_000);
        var fetcher = new OriginFetcher(cache, new DictionaryOrigin([]), new FakeTimeProvider());
        var options = Options.Create(new EdgeOptions());
        var prefill = new EdgePrefill(
            fetcher, new SegmentReadAhead(cache, fetcher, options, NullLogger<SegmentReadAhead>.Instance, CancellationToken.None), options);

        Assert.False((await prefill.PrefillAsync("nothing", CancellationToken.None)).Found);
    }
}
