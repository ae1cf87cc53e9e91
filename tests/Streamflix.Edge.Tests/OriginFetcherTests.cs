using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

public sealed class OriginFetcherTests
{
    private sealed class FakeOrigin : IOriginClient
    {
        private int _fetches;

        public Func<string, Task<CachedObject?>> Answer { get; set; } = _ => Task.FromResult<CachedObject?>(TestObjects.OfSize(10));

        public int Fetches => Volatile.Read(ref _fetches);

        public Task<CachedObject?> FetchAsync(string originPath, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _fetches);
            return Answer(originPath);
        }
    }

    private readonly EdgeCache _cache = new(1_000_000);
    private readonly FakeOrigin _origin = new();
    private readonly FakeTimeProvider _time = new();

    private OriginFetcher Fetcher() => new(_cache, _origin, _time);

    [Fact]
    public async Task Fifty_concurrent_misses_for_one_key_make_one_origin_fetch()
    {
        var release = new TaskCompletionSource<CachedObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _origin.Answer = _ => release.Task;
        var fetcher = Fetcher();

        // GetAsync joins the in-flight fetch before its first await, so once every call has returned
        // its (pending) task all fifty are waiting on one fetch; a fixed delay was a race on a busy machine.
        using var joined = new CountdownEvent(50);
        var requests = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() =>
            {
                var lookup = fetcher.GetAsync("t/seg_1.ts", CancellationToken.None);
                joined.Signal();
                return lookup;
            }))
            .ToArray();
        Assert.True(joined.Wait(TimeSpan.FromSeconds(30)), "the fifty requests did not all start");
        var value = TestObjects.OfSize(64);
        release.SetResult(value);
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, _origin.Fetches);
        Assert.All(results, r => Assert.Same(value, r.Object));
        Assert.All(results, r => Assert.False(r.FromCache));
        Assert.Equal(0, fetcher.InFlight);
    }

    [Fact]
    public async Task After_a_fill_the_object_is_a_hit()
    {
        var fetcher = Fetcher();

        var first = await fetcher.GetAsync("t/seg_1.ts", CancellationToken.None);
        var second = await fetcher.GetAsync("t/seg_1.ts", CancellationToken.None);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(1, _origin.Fetches);
        Assert.Equal(10, fetcher.OriginBytesFetched);
    }

    [Fact]
    public async Task A_failure_reaches_every_waiter_and_is_not_cached()
    {
        var release = new TaskCompletionSource<CachedObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _origin.Answer = _ => release.Task;
        var fetcher = Fetcher();

        var requests = Enumerable.Range(0, 5).Select(_ => fetcher.GetAsync("t/seg_1.ts", CancellationToken.None)).ToArray();
        release.SetException(new HttpRequestException("origin down"));
        foreach (var request in requests)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => request);
        }

        Assert.Equal(1, _origin.Fetches);
        Assert.Equal(0, fetcher.InFlight);
        Assert.False(fetcher.OriginLooksHealthy(TimeSpan.FromSeconds(30)));

        _origin.Answer = _ => Task.FromResult<CachedObject?>(TestObjects.OfSize(10));
        var retried = await fetcher.GetAsync("t/seg_1.ts", CancellationToken.None);

        Assert.NotNull(retried.Object);
        Assert.Equal(2, _origin.Fetches);
        Assert.True(fetcher.OriginLooksHealthy(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_origin_failure_stops_counting_against_health_after_the_window()
    {
        _origin.Answer = _ => Task.FromException<CachedObject?>(new HttpRequestException("down"));
        var fetcher = Fetcher();
        await Assert.ThrowsAsync<HttpRequestException>(() => fetcher.GetAsync("t/a", CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(31));

        Assert.True(fetcher.OriginLooksHealthy(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_missing_object_is_null_and_not_cached()
    {
        _origin.Answer = _ => Task.FromResult<CachedObject?>(null);
        var fetcher = Fetcher();

        Assert.Null((await fetcher.GetAsync("t/none.ts", CancellationToken.None)).Object);
        Assert.Null((await fetcher.GetAsync("t/none.ts", CancellationToken.None)).Object);
        Assert.Equal(2, _origin.Fetches);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_cancel_the_fill_for_others()
    {
        var release = new TaskCompletionSource<CachedObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _origin.Answer = _ => release.Task;
        var fetcher = Fetcher();
        using var leaving = new CancellationTokenSource();

        var quitter = fetcher.GetAsync("t/seg_1.ts", leaving.Token);
        var stayer = fetcher.GetAsync("t/seg_1.ts", CancellationToken.None);
        await leaving.CancelAsync();
        release.SetResult(TestObjects.OfSize(5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => quitter);
        Assert.NotNull((await stayer).Object);
        Assert.True(_cache.TryGet("t/seg_1.ts", out _));
    }

    [Fact]
    public async Task Objects_too_large_to_cache_are_still_served()
    {
        _origin.Answer = _ => Task.FromResult<CachedObject?>(TestObjects.OfSize(300_000));
        var fetcher = Fetcher();

        var lookup = await fetcher.GetAsync("t/movie.mp4", CancellationToken.None);

        Assert.Equal(300_000, lookup.Object!.Length);
        Assert.False(_cache.TryGet("t/movie.mp4", out _));
    }
}
