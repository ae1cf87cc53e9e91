using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Grpc.Core;
using StackExchange.Redis;
using Streamflix.Catalog.Contracts;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Demo content goes encoder → origin → edges on its own after start; these tests take the first
/// title that became playable and fetch it the way a player does.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class MediaPipelineTests(StreamflixAppFixture fixture)
{
    private const string Session = "it-session";

    private CatalogService.CatalogServiceClient Catalog => new(fixture.Channel("catalog"));

    [Fact]
    public async Task A_demo_title_becomes_playable_with_a_three_rung_ladder()
    {
        var title = await fixture.FirstPlayableTitleAsync();

        Assert.Equal(MediaStatus.Ready, title.Media.Status);
        Assert.Matches($"^{title.Id}/v[0-9a-f]{{12}}/master\\.m3u8$", title.Media.MasterPlaylistPath);
        Assert.InRange(title.Media.DurationSeconds, 18, 22);
        Assert.Equal(3, title.Media.Renditions.Count);
        Assert.Equal([240, 480, 720], title.Media.Renditions.Select(r => r.Height).Order());
        Assert.All(title.Media.Renditions, r =>
        {
            Assert.True(r.Bandwidth >= r.AverageBandwidth && r.AverageBandwidth > 0, $"{r.Name}: {r.Bandwidth}/{r.AverageBandwidth}");
            Assert.StartsWith("avc1.", r.Codecs);
        });
    }

    [Fact]
    public async Task Demo_content_stops_at_its_cap_and_the_rest_of_the_catalogue_stays_without_video()
    {
        // The fixture caps demo content (DemoContent:MaxTitles): once the encoder is idle, only that many
        // titles are playable. Uncapped, idle would mean every one of the 45 titles was encoded.
        Assert.True(await fixture.EncodingIdleAsync(StreamflixAppFixture.PlayableTimeout), "encoding did not go idle");
        var titles = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 100 })).Titles;

        var playable = titles.Count(t => t.Media?.Status == MediaStatus.Ready);
        Assert.InRange(playable, 2, StreamflixAppFixture.DemoTitles + StreamflixAppFixture.TitlesTestsEncode);
        Assert.True(titles.Count(t => t.Media is null || t.Media.Status == MediaStatus.None) >= titles.Count - StreamflixAppFixture.DemoTitles - StreamflixAppFixture.TitlesTestsEncode,
            "titles beyond the cap got media");
    }

    [Fact]
    public async Task The_signed_master_playlist_through_an_edge_lists_every_rendition()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-1");

        using var response = await edge.GetAsync(await SignedPathAsync(title.Id, "master.m3u8"));
        var playlist = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apple.mpegurl", response.Content.Headers.ContentType?.MediaType);
        var variants = playlist.Split('\n').Where(l => l.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, variants.Count);
        Assert.All(variants, v =>
        {
            foreach (var attribute in new[] { "BANDWIDTH=", "AVERAGE-BANDWIDTH=", "RESOLUTION=", "CODECS=", "FRAME-RATE=" })
            {
                Assert.Contains(attribute, v);
            }
        });
    }

    [Fact]
    public async Task The_second_fetch_of_a_segment_is_a_cache_hit()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-2");
        var segment = await LastSegmentAsync(edge, title.Id, "720p");

        using var first = await edge.GetAsync(segment);
        using var second = await edge.GetAsync(segment);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal("video/mp2t", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Newly_published_titles_are_prefilled_on_every_edge()
    {
        // A title published now, while both edges are up: one the demo content left without video (past
        // the fixture's cap) gets a demo job of its own. A title encoded earlier would not do: an edge
        // restarted since (the player test stops one) starts with an empty cache.
        var title = await fixture.TitleFromLastAsync(StreamflixAppFixture.PrefillTitleRank);
        Assert.True(title.Media is null || title.Media.Status == MediaStatus.None, $"{title.Id} already has video: {title.Media?.Status}");
        await GraphEvents.PublishAsync(fixture,
            new Streamflix.Encoder.Events.EncodeRequested(title.Id, title.Name, Streamflix.Encoder.Events.SourceKind.Generated, null, 20),
            Streamflix.EventBus.EventPriority.High);
        await fixture.PlayableTitleAsync(t => t.Id == title.Id);
        // Prefill runs when the edge receives EncodingCompleted; give it a moment on a busy machine.
        await Task.Delay(TimeSpan.FromSeconds(10));

        foreach (var edgeName in new[] { "edge-1", "edge-2" })
        {
            using var edge = fixture.HttpClient(edgeName);
            var playlist = await edge.GetStringAsync(await SignedPathAsync(title.Id, "480p/index.m3u8"));
            var firstSegment = playlist.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0 && !l.StartsWith('#'));

            using var response = await edge.GetAsync(await SignedPathAsync(title.Id, $"480p/{firstSegment}"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("HIT", response.Headers.GetValues("X-Cache").Single());
        }
    }

    [Fact]
    public async Task A_viewer_past_the_prefilled_segments_finds_the_next_segment_read_ahead()
    {
        // A title other than the first (which the player, playback and range tests use) and a rendition
        // and edge no other test reads segments of: past the prefilled ones (Edge:PrefillSegments, 3),
        // the segment after the one asked for can only be on this edge by read-ahead.
        const string edgeName = "edge-2";
        const string rendition = "240p";
        const int prefilled = 3;
        var first = await fixture.FirstPlayableTitleAsync();
        var title = await fixture.PlayableTitleAsync(t => t.Id != first.Id);
        using var edge = fixture.HttpClient(edgeName);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await fixture.ConnectionStringAsync("redis"));

        // As a player: master, then the media playlist (which teaches the edge the segment order).
        using (var master = await edge.GetAsync(await SignedPathAsync(title.Id, "master.m3u8")))
        {
            Assert.Equal(HttpStatusCode.OK, master.StatusCode);
        }

        var playlist = await edge.GetStringAsync(await SignedPathAsync(title.Id, $"{rendition}/index.m3u8"));
        var segments = playlist.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        // 20 s demo videos in 4 s segments: seg_000..seg_004. Segment 3 is asked for, segment 4 is read ahead.
        Assert.True(segments.Count >= prefilled + 2, $"{rendition} has {segments.Count} segments; the test needs {prefilled + 2}");
        var before = await ReadAheadFillsAsync(redis, edgeName);

        using (var asked = await edge.GetAsync(await SignedPathAsync(title.Id, $"{rendition}/{segments[prefilled]}")))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var askedAt = DateTimeOffset.UtcNow;
        var (fills, at) = (before.Fills, before.At);
        var waited = Stopwatch.StartNew();
        // Heartbeats come every 2 s; only one taken after the request counts, and the fill takes milliseconds.
        while ((fills <= before.Fills || at < askedAt) && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            (fills, at) = await ReadAheadFillsAsync(redis, edgeName);
        }

        Assert.True(fills > before.Fills, $"{edgeName} reported {fills} read-ahead fills after {waited.Elapsed.TotalSeconds:F0} s, {before.Fills} before the request");
        using var next = await edge.GetAsync(await SignedPathAsync(title.Id, $"{rendition}/{segments[prefilled + 1]}"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("HIT", next.Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task A_range_request_gets_partial_content()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-1");
        var segment = await LastSegmentAsync(edge, title.Id, "240p");
        using var request = new HttpRequestMessage(HttpMethod.Get, segment);
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 187);

        using var response = await edge.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(188, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(0, response.Content.Headers.ContentRange?.From);
    }

    [Fact]
    public async Task A_forged_signature_is_forbidden()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-1");
        var path = await SignedPathAsync(title.Id, "master.m3u8");
        var parts = path.Split('/');
        var signature = parts[5].ToCharArray();                // /v/{exp}/{session}/{maxHeight}/{signature}/…
        signature[0] = signature[0] == 'A' ? 'B' : 'A';
        parts[5] = new string(signature);

        using var response = await edge.GetAsync(string.Join('/', parts));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_signature_is_forbidden()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-1");
        var key = await SigningKeyAsync();
        var master = $"{await VersionFolderAsync(title.Id)}/master.m3u8";
        var path = SignedMediaUrl.CreatePath(key, title.Id, Session, DateTimeOffset.UtcNow.AddMinutes(-1), 0, master);

        using var response = await edge.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_signature_for_one_title_does_not_open_another()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var other = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 100 })).Titles.First(t => t.Id != title.Id);
        using var edge = fixture.HttpClient("edge-1");
        var path = await SignedPathAsync(title.Id, "master.m3u8");

        using var response = await edge.GetAsync(path.Replace($"/{title.Id}/", $"/{other.Id}/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("480p/%2e%2e/%2e%2e/secret")]
    public async Task Traversal_paths_are_refused(string rest)
    {
        var title = await fixture.FirstPlayableTitleAsync();
        using var edge = fixture.HttpClient("edge-1");
        var signed = await SignedPathAsync(title.Id, "master.m3u8");
        var raw = signed[..(signed.LastIndexOf('/') + 1)] + rest;
        // HttpClient would resolve "..": send the path exactly as written.
        var uri = new Uri(edge.BaseAddress!, raw);
        var exact = new Uri(uri.GetLeftPart(UriPartial.Authority) + raw, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

        using var response = await edge.GetAsync(exact);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Origin_refuses_writes_without_its_key()
    {
        using var origin = fixture.HttpClient("origin");

        using var response = await origin.PutAsync("/media/intruder/master.m3u8", new StringContent("#EXTM3U"));

        Assert.InRange((int)response.StatusCode, 401, 403);
        using var check = await origin.GetAsync("/media/intruder/master.m3u8");
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    [Fact]
    public async Task ffprobe_reads_the_signed_master_playlist_through_an_edge()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var url = $"{fixture.App.GetEndpoint("edge-2", "http").ToString().TrimEnd('/')}{await SignedPathAsync(title.Id, "master.m3u8")}";

        var probe = await RunAsync("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", url);

        using var json = JsonDocument.Parse(probe);
        var duration = double.Parse(json.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        // The current encode's length (another test may have uploaded a new video for this title).
        var current = await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id });
        Assert.InRange(duration, current.Media.DurationSeconds - 1, current.Media.DurationSeconds + 1);
        var videoStreams = json.RootElement.GetProperty("streams").EnumerateArray()
            .Count(s => s.GetProperty("codec_type").GetString() == "video");
        Assert.Equal(3, videoStreams);
    }

    /// <summary>An edge's completed read-ahead fills and when it said so, from its own heartbeat in Redis.</summary>
    private static async Task<(long Fills, DateTimeOffset At)> ReadAheadFillsAsync(ConnectionMultiplexer redis, string edgeName)
    {
        var json = await redis.GetDatabase().StringGetAsync($"edge:heartbeat:{edgeName}");
        Assert.False(json.IsNullOrEmpty, $"{edgeName} has no heartbeat in Redis");
        using var heartbeat = JsonDocument.Parse(json.ToString());
        var root = heartbeat.RootElement;
        Assert.True(root.TryGetProperty("readAheadFills", out var fills), $"{edgeName}'s heartbeat has no readAheadFills: {json}");
        return (fills.GetInt64(), root.GetProperty("at").GetDateTimeOffset());
    }

    private async Task<string> SignedPathAsync(string titleId, string relativePath)
    {
        var key = await SigningKeyAsync();
        var path = $"{await VersionFolderAsync(titleId)}/{relativePath}";
        return SignedMediaUrl.CreatePath(key, titleId, Session, DateTimeOffset.UtcNow.AddMinutes(10), 0, path);
    }

    /// <summary>The folder of the title's current encode, from the catalog (each encode has its own).</summary>
    private async Task<string> VersionFolderAsync(string titleId)
    {
        var title = await Catalog.GetTitleAsync(new GetTitleRequest { Id = titleId });
        var below = title.Media.MasterPlaylistPath[(titleId.Length + 1)..];
        return below[..below.LastIndexOf('/')];
    }

    private async Task<byte[]> SigningKeyAsync() =>
        MediaSigningKey.TryParse(await fixture.ParameterValueAsync("media-signing-key"), out var key)
            ? key
            : throw new InvalidOperationException("The AppHost's media signing key is not usable.");

    private async Task<string> LastSegmentAsync(HttpClient edge, string titleId, string rendition)
    {
        var playlist = await edge.GetStringAsync(await SignedPathAsync(titleId, $"{rendition}/index.m3u8"));
        var segment = playlist.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0 && !l.StartsWith('#'));
        return await SignedPathAsync(titleId, $"{rendition}/{segment}");
    }

    private static async Task<string> RunAsync(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} failed: {await error}");
        return await output;
    }
}
