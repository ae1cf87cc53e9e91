using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Heartbeat;
using Streamflix.Edge.Http;
using Streamflix.Edge.Renditions;
using Streamflix.Edge.Telemetry;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Tests;

/// <summary>Read-ahead as a player meets it: master, media playlist, then segments in order through the media endpoint.</summary>
public sealed class MediaEndpointsReadAheadTests : IDisposable
{
    private const string Master = "#EXTM3U\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=854x480\n480p/index.m3u8\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=3100000,RESOLUTION=1280x720\n720p/index.m3u8\n";

    private const string Media = "#EXTM3U\n#EXT-X-TARGETDURATION:4\n"
        + "#EXTINF:4,\nseg_000.ts\n#EXTINF:4,\nseg_001.ts\n#EXTINF:4,\nseg_002.ts\n#EXTINF:4,\nseg_003.ts\n#EXTINF:4,\nseg_004.ts\n#EXT-X-ENDLIST\n";

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("read-ahead-endpoint-test-key-0123456789abcdef");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly EdgeCache _cache = new(1_000_000);
    private readonly DictionaryOrigin _origin = new(Files());
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddMetrics().BuildServiceProvider();
    private readonly VerifiedMediaPaths _verifiedPaths = new();
    private readonly OriginFetcher _fetcher;
    private readonly RenditionGate _gate;
    private readonly SegmentReadAhead _readAhead;
    private readonly EdgeLoad _load;
    private readonly EdgeMetrics _metrics;

    public MediaEndpointsReadAheadTests()
    {
        var options = Options.Create(new EdgeOptions { Name = "edge-test", ReadAheadSegments = 2 });
        _fetcher = new OriginFetcher(_cache, _origin, _time);
        _gate = new RenditionGate(_fetcher);
        _readAhead = new SegmentReadAhead(_cache, _fetcher, options, NullLogger<SegmentReadAhead>.Instance, CancellationToken.None);
        _load = new EdgeLoad(_time);
        _metrics = new EdgeMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), options, _cache, _fetcher, _readAhead, _load);
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_player_fetching_in_order_finds_the_next_segments_already_here()
    {
        await GetAsync(0, "v1/master.m3u8");
        await GetAsync(0, "v1/720p/index.m3u8");

        var first = await GetAsync(0, "v1/720p/seg_000.ts");
        await ReadAheadSettledAsync(expectedCompleted: 2);
        var second = await GetAsync(0, "v1/720p/seg_001.ts");
        var third = await GetAsync(0, "v1/720p/seg_002.ts");

        Assert.Equal("MISS", first.XCache);
        Assert.Equal("HIT", second.XCache);
        Assert.Equal("HIT", third.XCache);
        Assert.Equal("seg_002.ts", third.Body);
        Assert.Equal(0, _origin.RequestsFor("t/v1/480p/seg_001.ts"));   // only the rendition being watched
    }

    [Fact]
    public async Task Without_the_media_playlist_nothing_is_read_ahead()
    {
        await GetAsync(0, "v1/master.m3u8");   // a master alone does not order segments

        await GetAsync(0, "v1/720p/seg_000.ts");
        await Task.Delay(50);   // give a wrongly started fill a chance to reach the origin

        Assert.Equal(0, _readAhead.FillsStarted);
        Assert.Equal(0, _origin.RequestsFor("t/v1/720p/seg_001.ts"));
    }

    [Fact]
    public async Task A_head_request_reads_nothing_ahead()
    {
        await GetAsync(0, "v1/720p/index.m3u8");

        var head = await GetAsync(0, "v1/720p/seg_000.ts", HttpMethods.Head);
        await Task.Delay(50);

        Assert.Equal(StatusCodes.Status200OK, head.Status);
        Assert.Equal(0, _readAhead.FillsStarted);
    }

    [Fact]
    public async Task A_capped_viewer_reads_ahead_only_in_the_rendition_it_was_allowed()
    {
        await GetAsync(480, "v1/480p/index.m3u8");
        await GetAsync(480, "v1/480p/seg_000.ts");
        await ReadAheadSettledAsync(expectedCompleted: 2);

        Assert.True(_cache.Contains("t/v1/480p/seg_002.ts"));
        Assert.DoesNotContain(_origin.Requested, path => path.Contains("720p/seg_", StringComparison.Ordinal));
    }

    // The endpoint does not wait for read-ahead; a test has to (bounded).
    private async Task ReadAheadSettledAsync(int expectedCompleted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_readAhead.FillsCompleted < expectedCompleted || _readAhead.InFlight > 0)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    private async Task<Answer> GetAsync(int maxHeight, string relativePath, string method = "GET")
    {
        using var scope = _services.CreateScope();
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Path = SignedMediaUrl.CreatePath(Key, "t", "viewer", _time.GetUtcNow().AddHours(1), maxHeight, relativePath);
        context.Response.Body = body;

        await MediaEndpoints.ServeAsync(
            context, new EdgeSigningKey(Key), _verifiedPaths, _fetcher, _gate, _readAhead, _metrics, _load, _time, NullLoggerFactory.Instance);

        return new Answer(context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), context.Response.Headers["X-Cache"].ToString());
    }

    private static Dictionary<string, string> Files()
    {
        var files = new Dictionary<string, string> { ["t/v1/master.m3u8"] = Master };
        foreach (var rendition in new[] { "480p", "720p" })
        {
            files[$"t/v1/{rendition}/index.m3u8"] = Media;
            for (var i = 0; i < 5; i++)
            {
                files[$"t/v1/{rendition}/seg_{i:D3}.ts"] = $"seg_{i:D3}.ts";
            }
        }

        return files;
    }

    private sealed record Answer(int Status, string Body, string XCache);
}
