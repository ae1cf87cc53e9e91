using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

public sealed class SegmentReadAheadTests
{
    private const int SegmentCount = 30;

    private readonly EdgeCache _cache = new(1_000_000);
    private readonly DictionaryOrigin _origin = new(Files());
    private readonly OriginFetcher _fetcher;

    public SegmentReadAheadTests() => _fetcher = new OriginFetcher(_cache, _origin, new FakeTimeProvider());

    [Fact]
    public async Task Segment_k_brings_the_next_n_segments_of_its_playlist()
    {
        var readAhead = Learned(segments: 3);

        await readAhead.FillAfter("t/v1/720p/seg_002.ts");

        Assert.Equal(["t/v1/720p/seg_003.ts", "t/v1/720p/seg_004.ts", "t/v1/720p/seg_005.ts"], _origin.Requested.Order());
        Assert.True(_cache.Contains("t/v1/720p/seg_005.ts"));
        Assert.False(_cache.Contains("t/v1/720p/seg_006.ts"));
        Assert.Equal(3, readAhead.FillsStarted);
        Assert.Equal(3, readAhead.FillsCompleted);
        Assert.Equal(0, readAhead.InFlight);
    }

    [Fact]
    public async Task Zero_segments_turns_read_ahead_off()
    {
        var readAhead = Learned(segments: 0);

        await readAhead.FillAfter("t/v1/720p/seg_002.ts");

        Assert.Empty(_origin.Requested);
        Assert.Equal(0, readAhead.KnownFolders);
        Assert.Equal(0, readAhead.FillsStarted);
    }

    [Fact]
    public async Task At_most_the_in_flight_bound_runs_and_the_rest_is_skipped_not_queued()
    {
        _origin.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readAhead = Learned(segments: 20);

        var fills = readAhead.FillAfter("t/v1/720p/seg_000.ts");
        var later = readAhead.FillAfter("t/v1/720p/seg_001.ts");   // every slot is taken: nothing more starts

        Assert.Equal(readAhead.MaxInFlight, readAhead.InFlight);
        Assert.Equal(readAhead.MaxInFlight, readAhead.FillsStarted);
        // First call: 001..008 start, 009..020 skipped (12); second: 002..008 are running, 009..021 skipped (13).
        Assert.Equal(12 + 13, readAhead.FillsSkipped);
        Assert.True(later.IsCompleted);
        _origin.Gate.SetResult();
        await fills;

        Assert.Equal(readAhead.MaxInFlight, _origin.Requested.Count);
        Assert.Equal(readAhead.MaxInFlight, readAhead.FillsCompleted);
        Assert.Equal(0, readAhead.InFlight);
    }

    [Fact]
    public async Task Read_ahead_stops_at_the_end_of_the_playlist()
    {
        var readAhead = Learned(segments: 3);

        await readAhead.FillAfter("t/v1/720p/seg_028.ts");
        await readAhead.FillAfter("t/v1/720p/seg_029.ts");

        Assert.Equal(["t/v1/720p/seg_029.ts"], _origin.Requested);
        Assert.Equal(1, readAhead.FillsStarted);
    }

    [Theory]
    [InlineData("t/v1/480p/seg_002.ts")]        // a folder whose playlist never passed through
    [InlineData("t/v1/720p/seg_999.ts")]        // a name the playlist does not list
    [InlineData("other/v1/720p/seg_002.ts")]    // the same folder name under another title
    public async Task An_unknown_folder_or_segment_reads_nothing_ahead(string segment)
    {
        var readAhead = Learned(segments: 3);

        await readAhead.FillAfter(segment);

        Assert.Empty(_origin.Requested);
        Assert.Equal(0, readAhead.FillsStarted);
    }

    [Fact]
    public async Task Origin_failures_are_swallowed_and_counted()
    {
        _origin.Failing = true;
        var readAhead = Learned(segments: 3);

        await readAhead.FillAfter("t/v1/720p/seg_002.ts");   // would throw here if a failure escaped

        Assert.Equal(3, readAhead.FillsFailed);
        Assert.Equal(0, readAhead.FillsCompleted);
        Assert.Equal(0, readAhead.InFlight);
        Assert.False(_cache.Contains("t/v1/720p/seg_003.ts"));
    }

    [Fact]
    public async Task A_listed_segment_the_origin_does_not_have_counts_as_failed()
    {
        var readAhead = Learned(segments: 3);
        readAhead.Learn("t/v1/1080p/index.m3u8", Playlist("seg_000.ts", "seg_001.ts"));

        await readAhead.FillAfter("t/v1/1080p/seg_000.ts");

        Assert.Equal(1, readAhead.FillsFailed);
        Assert.Equal(0, readAhead.FillsCompleted);
    }

    [Fact]
    public async Task Master_playlists_are_not_learned()
    {
        var readAhead = Ahead(segments: 3);
        var master = TestObjects.Text("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=2\nhigh.m3u8\n");

        readAhead.Learn("t/v1/master.m3u8", master);
        await readAhead.FillAfter("t/v1/low.m3u8");

        Assert.Equal(0, readAhead.KnownFolders);
        Assert.Empty(_origin.Requested);
    }

    [Fact]
    public async Task Cached_segments_and_fills_already_running_are_left_alone()
    {
        var readAhead = Learned(segments: 3);
        _cache.Set("t/v1/720p/seg_003.ts", TestObjects.OfSize(4));
        _origin.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var viewer = _fetcher.GetAsync("t/v1/720p/seg_004.ts", CancellationToken.None);   // a viewer's miss, in flight

        var fills = readAhead.FillAfter("t/v1/720p/seg_002.ts");
        _origin.Gate.SetResult();
        await Task.WhenAll(fills, viewer);

        Assert.Equal(1, readAhead.FillsStarted);                      // only seg_005
        Assert.Equal(1, _origin.RequestsFor("t/v1/720p/seg_004.ts"));
        Assert.Equal(0, _origin.RequestsFor("t/v1/720p/seg_003.ts"));
        Assert.Equal(1, _origin.RequestsFor("t/v1/720p/seg_005.ts"));
    }

    [Fact]
    public async Task A_viewer_asking_for_a_segment_being_read_ahead_joins_that_fill()
    {
        _origin.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readAhead = Learned(segments: 1);

        var fills = readAhead.FillAfter("t/v1/720p/seg_002.ts");
        while (_origin.RequestsFor("t/v1/720p/seg_003.ts") == 0)
        {
            await Task.Delay(5);   // the fill runs on the thread pool; wait for it to reach the origin
        }

        var viewer = _fetcher.GetAsync("t/v1/720p/seg_003.ts", CancellationToken.None);
        _origin.Gate.SetResult();
        await fills;

        Assert.NotNull((await viewer).Object);
        Assert.Equal(1, _origin.RequestsFor("t/v1/720p/seg_003.ts"));
    }

    [Fact]
    public async Task After_the_host_stops_nothing_new_starts()
    {
        using var stopping = new CancellationTokenSource();
        var readAhead = new SegmentReadAhead(_cache, _fetcher, Options(3), NullLogger<SegmentReadAhead>.Instance, stopping.Token);
        readAhead.Learn("t/v1/720p/index.m3u8", Playlist(SegmentNames()));
        await stopping.CancelAsync();

        await readAhead.FillAfter("t/v1/720p/seg_002.ts");

        Assert.Empty(_origin.Requested);
    }

    private SegmentReadAhead Learned(int segments)
    {
        var readAhead = Ahead(segments);
        readAhead.Learn("t/v1/720p/index.m3u8", Playlist(SegmentNames()));
        return readAhead;
    }

    private SegmentReadAhead Ahead(int segments) =>
        new(_cache, _fetcher, Options(segments), NullLogger<SegmentReadAhead>.Instance, CancellationToken.None);

    private static IOptions<EdgeOptions> Options(int segments) =>
        Microsoft.Extensions.Options.Options.Create(new EdgeOptions { ReadAheadSegments = segments, ReadAheadConcurrency = 8 });

    private static string[] SegmentNames() => [.. Enumerable.Range(0, SegmentCount).Select(i => $"seg_{i:D3}.ts")];

    private static CachedObject Playlist(params string[] segments)
    {
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-PLAYLIST-TYPE:VOD\n");
        foreach (var segment in segments)
        {
            text.Append("#EXTINF:4.000000,\n").Append(segment).Append('\n');
        }

        return TestObjects.Text(text.Append("#EXT-X-ENDLIST\n").ToString());
    }

    private static Dictionary<string, string> Files() =>
        SegmentNames().ToDictionary(name => $"t/v1/720p/{name}", name => name);
}
