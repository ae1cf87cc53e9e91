using System.Diagnostics.Metrics;
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

/// <summary>The media endpoint's handler, end to end over a real cache and fetcher, for capped and uncapped viewers.</summary>
public sealed class MediaEndpointsPlanCapTests : IDisposable
{
    private const string Master = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=480000,RESOLUTION=426x240,CODECS=\"avc1.4d4015,mp4a.40.2\"\n240p/index.m3u8\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=854x480,CODECS=\"avc1.64001e,mp4a.40.2\"\n480p/index.m3u8\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=3100000,RESOLUTION=1280x720,CODECS=\"avc1.64001f,mp4a.40.2\"\n720p/index.m3u8\n";

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("plan-cap-endpoint-test-key-0123456789abcdef");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly EdgeCache _cache = new(1_000_000);
    private readonly DictionaryOrigin _origin = new(new()
    {
        ["t/v1/master.m3u8"] = Master,
        ["t/v1/240p/index.m3u8"] = "#EXTM3U\n#EXTINF:4,\nseg_000.ts\n",
        ["t/v1/480p/index.m3u8"] = "#EXTM3U\n#EXTINF:4,\nseg_000.ts\n",
        ["t/v1/720p/index.m3u8"] = "#EXTM3U\n#EXTINF:4,\nseg_000.ts\n",
        ["t/v1/240p/seg_000.ts"] = "240p segment",
        ["t/v1/480p/seg_000.ts"] = "480p segment",
        ["t/v1/720p/seg_000.ts"] = "720p segment",
    });

    private readonly ServiceProvider _services;
    private readonly OriginFetcher _fetcher;
    private readonly RenditionGate _gate;
    private readonly SegmentReadAhead _readAhead;
    private readonly EdgeLoad _load;
    private readonly EdgeMetrics _metrics;
    private readonly VerifiedMediaPaths _verifiedPaths = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = [];

    public MediaEndpointsPlanCapTests()
    {
        _services = new ServiceCollection().AddLogging().AddMetrics().BuildServiceProvider();
        var meters = _services.GetRequiredService<IMeterFactory>();
        _fetcher = new OriginFetcher(_cache, _origin, _time);
        _gate = new RenditionGate(_fetcher);
        _load = new EdgeLoad(_time);
        var options = Options.Create(new EdgeOptions { Name = "edge-test" });
        _readAhead = new SegmentReadAhead(_cache, _fetcher, options, NullLogger<SegmentReadAhead>.Instance, CancellationToken.None);
        _metrics = new EdgeMetrics(meters, options, _cache, _fetcher, _readAhead, _load);

        // Only this test's meters: other tests in the run create their own.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name.StartsWith("streamflix.edge.plan_cap.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (_measurements)
            {
                _measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task A_capped_master_lists_only_the_renditions_of_the_plan_with_its_own_tag_and_length()
    {
        var response = await GetAsync(480, "v1/master.m3u8");

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal(MasterPlaylistFilter.Apply(Master, 480), response.Body);
        Assert.DoesNotContain("720p", response.Body);
        Assert.Equal(Encoding.UTF8.GetByteCount(response.Body), response.ContentLength);
        Assert.Equal("\"etag-h480\"", response.ETag);
        Assert.Equal(1, Count("streamflix.edge.plan_cap.filtered_playlists"));

        // The cache keeps the master every plan shares.
        Assert.True(_cache.TryGet("t/v1/master.m3u8", out var cached));
        Assert.Equal(Master, Encoding.UTF8.GetString(cached.Body));
    }

    [Fact]
    public async Task An_uncapped_viewer_gets_the_whole_master_as_before()
    {
        var response = await GetAsync(0, "v1/master.m3u8");

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal(Master, response.Body);
        Assert.Equal("\"etag\"", response.ETag);
        Assert.Equal(0, Count("streamflix.edge.plan_cap.filtered_playlists"));
    }

    [Fact]
    public async Task A_cap_above_every_rendition_serves_the_master_unchanged()
    {
        var response = await GetAsync(1080, "v1/master.m3u8");

        Assert.Equal(Master, response.Body);
        Assert.Equal("\"etag\"", response.ETag);
    }

    [Fact]
    public async Task Viewers_on_different_plans_share_one_cached_master()
    {
        var basic = await GetAsync(240, "v1/master.m3u8");
        var standard = await GetAsync(720, "v1/master.m3u8");

        Assert.Equal(1, _origin.RequestsFor("t/v1/master.m3u8"));
        Assert.Equal(1, basic.Body.Split('\n').Count(l => l.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal)));
        Assert.Equal(Master, standard.Body);
        Assert.Equal("HIT", standard.XCache);
    }

    [Theory]
    [InlineData("v1/720p/index.m3u8")]
    [InlineData("v1/720p/seg_000.ts")]
    public async Task A_rendition_above_the_cap_is_refused_before_it_is_fetched(string relativePath)
    {
        var response = await GetAsync(480, relativePath);

        Assert.Equal(StatusCodes.Status403Forbidden, response.Status);
        Assert.Contains("Rendition not in plan", response.Body);
        Assert.Equal(0, _origin.RequestsFor($"t/{relativePath}"));
        Assert.Equal(1, Count("streamflix.edge.plan_cap.refusals", EdgeMetrics.CapRefusal.AboveCap));
    }

    [Theory]
    [InlineData(480, "v1/480p/seg_000.ts", "480p segment")]
    [InlineData(480, "v1/240p/index.m3u8", "#EXTM3U\n#EXTINF:4,\nseg_000.ts\n")]
    [InlineData(720, "v1/720p/seg_000.ts", "720p segment")]
    [InlineData(0, "v1/720p/seg_000.ts", "720p segment")]
    public async Task Renditions_at_or_under_the_cap_are_served(int maxHeight, string relativePath, string body)
    {
        var response = await GetAsync(maxHeight, relativePath);

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal(body, response.Body);
        Assert.Equal(0, Count("streamflix.edge.plan_cap.refusals"));
    }

    [Fact]
    public async Task A_plan_below_every_rendition_is_refused_the_master()
    {
        var response = await GetAsync(144, "v1/master.m3u8");

        Assert.Equal(StatusCodes.Status403Forbidden, response.Status);
        Assert.Contains("Your plan does not include any rendition of this title.", response.Body);
        Assert.Equal(1, Count("streamflix.edge.plan_cap.refusals", EdgeMetrics.CapRefusal.NoRendition));
    }

    [Fact]
    public async Task Raising_the_cap_in_the_path_is_a_bad_signature()
    {
        var path = SignedMediaUrl.CreatePath(Key, "t", "viewer", _time.GetUtcNow().AddHours(1), 480, "v1/720p/seg_000.ts")
            .Replace("/480/", "/720/", StringComparison.Ordinal);

        var response = await SendAsync(path);

        Assert.Equal(StatusCodes.Status403Forbidden, response.Status);
        Assert.Contains("Signature invalid", response.Body);
        Assert.Empty(_origin.Requested);
    }

    [Fact]
    public async Task The_capped_tag_validates_the_capped_body_only()
    {
        var capped = await GetAsync(480, "v1/master.m3u8", request => request.Headers.IfNoneMatch = "\"etag-h480\"");
        var full = await GetAsync(480, "v1/master.m3u8", request => request.Headers.IfNoneMatch = "\"etag\"");

        Assert.Equal(StatusCodes.Status304NotModified, capped.Status);
        Assert.Equal(StatusCodes.Status200OK, full.Status);
        Assert.Equal(MasterPlaylistFilter.Apply(Master, 480), full.Body);
    }

    [Fact]
    public async Task A_range_of_a_capped_master_is_cut_from_the_capped_body()
    {
        var filtered = MasterPlaylistFilter.Apply(Master, 480)!;

        var response = await GetAsync(480, "v1/master.m3u8", request => request.Headers.Range = "bytes=0-6");

        Assert.Equal(StatusCodes.Status206PartialContent, response.Status);
        Assert.Equal("#EXTM3U", response.Body);
        Assert.Equal($"bytes 0-6/{Encoding.UTF8.GetByteCount(filtered)}", response.ContentRange);
    }

    [Fact]
    public async Task An_unreachable_origin_while_learning_the_ladder_is_a_bad_gateway()
    {
        _origin.Failing = true;

        var response = await GetAsync(480, "v1/480p/seg_000.ts");

        Assert.Equal(StatusCodes.Status502BadGateway, response.Status);
    }

    private int Count(string instrument, string? reason = null)
    {
        lock (_measurements)
        {
            return (int)_measurements
                .Where(m => m.Instrument == instrument && (reason is null || Equals(m.Tags["streamflix.refusal"], reason)))
                .Sum(m => m.Value);
        }
    }

    private Task<Answer> GetAsync(int maxHeight, string relativePath, Action<HttpRequest>? configure = null) =>
        SendAsync(SignedMediaUrl.CreatePath(Key, "t", "viewer", _time.GetUtcNow().AddHours(1), maxHeight, relativePath), configure);

    private async Task<Answer> SendAsync(string path, Action<HttpRequest>? configure = null)
    {
        using var scope = _services.CreateScope();
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Response.Body = body;
        configure?.Invoke(context.Request);

        await MediaEndpoints.ServeAsync(
            context, new EdgeSigningKey(Key), _verifiedPaths, _fetcher, _gate, _readAhead, _metrics, _load, _time, NullLoggerFactory.Instance);

        var headers = context.Response.Headers;
        return new Answer(
            context.Response.StatusCode,
            Encoding.UTF8.GetString(body.ToArray()),
            context.Response.ContentLength,
            headers.ETag.ToString(),
            headers.ContentRange.ToString(),
            headers["X-Cache"].ToString());
    }

    private sealed record Answer(int Status, string Body, long? ContentLength, string ETag, string ContentRange, string XCache);
}
