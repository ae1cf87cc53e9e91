using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Renditions;

namespace Streamflix.Edge.Tests;

public sealed class RenditionGateTests
{
    private const string VersionedMaster = "#EXTM3U\n#EXT-X-VERSION:3\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=426x240\n240p/index.m3u8\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=2,RESOLUTION=854x480\n480p/index.m3u8\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=3,RESOLUTION=1280x720\n720p/index.m3u8\n";

    private readonly EdgeCache _cache = new(1_000_000);
    private readonly DictionaryOrigin _origin = new(new()
    {
        ["t/v1/master.m3u8"] = VersionedMaster,
        ["root/master.m3u8"] = "#EXTM3U\n#EXT-X-STREAM-INF:RESOLUTION=1920x1080\n1080p/index.m3u8\n",
        ["media-only/v1/master.m3u8"] = "#EXTM3U\n#EXTINF:4,\n720p/seg_0.ts\n",
    });

    private RenditionGate Gate() => new(new OriginFetcher(_cache, _origin, new FakeTimeProvider()));

    [Theory]
    [InlineData("t/v1/720p/index.m3u8", 720)]
    [InlineData("t/v1/720p/seg_003.ts", 720)]
    [InlineData("t/v1/480p/seg_003.ts", 480)]
    [InlineData("t/v1/240p/index.m3u8", 240)]
    [InlineData("t/v1/master.m3u8", 0)]
    [InlineData("t/v1/audio/en/seg_1.aac", 0)]
    [InlineData("t/v2/720p/seg_003.ts", 0)]          // another version folder: no master there
    [InlineData("root/1080p/seg_0.ts", 1080)]       // a master at the title root
    [InlineData("media-only/v1/720p/seg_0.ts", 0)]  // a "master" that lists no variants caps nothing
    [InlineData("unknown/v1/720p/seg_0.ts", 0)]
    public async Task An_objects_height_comes_from_the_master_above_its_folder(string originPath, int height)
    {
        Assert.Equal(height, await Gate().HeightOfAsync(originPath, CancellationToken.None));
    }

    [Fact]
    public async Task The_master_is_filled_through_the_cache_and_read_once()
    {
        var gate = Gate();

        await gate.HeightOfAsync("t/v1/720p/seg_000.ts", CancellationToken.None);
        await gate.HeightOfAsync("t/v1/480p/seg_000.ts", CancellationToken.None);
        await gate.HeightOfAsync("t/v1/480p/seg_001.ts", CancellationToken.None);

        Assert.Equal(1, _origin.RequestsFor("t/v1/master.m3u8"));
        Assert.True(_cache.TryGet("t/v1/master.m3u8", out _));   // the viewer's own master request will be a hit
        Assert.Equal(1, gate.KnownMasters);
        Assert.Equal(2, gate.KnownFolders);
    }

    [Fact]
    public async Task A_known_folder_is_answered_without_the_cache_or_the_origin()
    {
        var gate = Gate();
        Assert.Equal(720, await gate.HeightOfAsync("t/v1/720p/seg_000.ts", CancellationToken.None));

        _cache.Remove("t/v1/master.m3u8");
        _origin.Failing = true;
        var answer = gate.HeightOfAsync("t/v1/720p/seg_999.ts", CancellationToken.None);

        Assert.True(answer.IsCompletedSuccessfully);      // synchronous: a dictionary lookup, nothing awaited
        Assert.Equal(720, await answer);
        Assert.Equal(1, _origin.RequestsFor("t/v1/master.m3u8"));
    }

    [Fact]
    public async Task A_missing_master_is_asked_of_the_origin_once()
    {
        var gate = Gate();

        await gate.HeightOfAsync("t/v1/master.m3u8", CancellationToken.None);   // looks for t/master.m3u8
        await gate.HeightOfAsync("t/v1/other.m3u8", CancellationToken.None);
        await gate.HeightOfAsync("t/v2/720p/seg_0.ts", CancellationToken.None);  // t/v2/master.m3u8, then t/master.m3u8

        Assert.Equal(1, _origin.RequestsFor("t/master.m3u8"));
        Assert.Equal(1, _origin.RequestsFor("t/v2/master.m3u8"));
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_fill_of_the_master()
    {
        var gate = Gate();
        _origin.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, 40)
            .Select(i => Task.Run(async () => await gate.HeightOfAsync($"t/v1/{(i % 2 == 0 ? "720p" : "240p")}/seg_{i}.ts", CancellationToken.None)))
            .ToArray();
        await Task.Delay(100);
        _origin.Gate.SetResult();
        var heights = await Task.WhenAll(requests);

        Assert.Equal(1, _origin.RequestsFor("t/v1/master.m3u8"));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? 720 : 240), heights);
    }

    [Fact]
    public async Task An_origin_failure_is_thrown_and_not_remembered()
    {
        var gate = Gate();
        _origin.Failing = true;

        await Assert.ThrowsAsync<OriginUnavailableException>(() => gate.HeightOfAsync("t/v1/720p/seg_0.ts", CancellationToken.None).AsTask());
        Assert.Equal(0, gate.KnownFolders);
        Assert.Equal(0, gate.KnownMasters);

        _origin.Failing = false;
        Assert.Equal(720, await gate.HeightOfAsync("t/v1/720p/seg_0.ts", CancellationToken.None));
    }

    [Fact]
    public async Task The_folder_memory_is_bounded()
    {
        var gate = Gate();
        for (var i = 0; i <= RenditionGate.MaxFolders; i++)
        {
            await gate.HeightOfAsync($"t/v1/f{i}/seg.ts", CancellationToken.None);
        }

        Assert.InRange(gate.KnownFolders, 1, RenditionGate.MaxFolders);
        Assert.Equal(720, await gate.HeightOfAsync("t/v1/720p/seg.ts", CancellationToken.None));
    }
}
