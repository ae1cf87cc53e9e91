using Microsoft.Extensions.Time.Testing;
using Streamflix.Playback.Upstream;

namespace Streamflix.Playback.Tests;

public sealed class CoalescedCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Callers_arriving_during_a_fetch_share_it()
    {
        var cache = new CoalescedCache<string, string>(_clock);
        var answer = new TaskCompletionSource<string>();
        var fetches = 0;
        Task<string> Fetch()
        {
            Interlocked.Increment(ref fetches);
            return answer.Task;
        }

        var callers = Enumerable.Range(0, 50).Select(_ => cache.GetAsync("title", Fetch, _ => TimeSpan.Zero, CancellationToken.None)).ToList();
        answer.SetResult("the title");

        Assert.All(await Task.WhenAll(callers), value => Assert.Equal("the title", value));
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task A_kept_answer_is_reused_until_it_expires()
    {
        var cache = new CoalescedCache<string, int>(_clock);
        var fetches = 0;
        Task<int> Fetch() => Task.FromResult(++fetches);

        Assert.Equal(1, await cache.GetAsync("k", Fetch, _ => TimeSpan.FromSeconds(5), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, await cache.GetAsync("k", Fetch, _ => TimeSpan.FromSeconds(5), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await cache.GetAsync("k", Fetch, _ => TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task An_answer_not_worth_keeping_is_fetched_again()
    {
        var cache = new CoalescedCache<string, int>(_clock);
        var fetches = 0;
        Task<int> Fetch() => Task.FromResult(++fetches);

        await cache.GetAsync("k", Fetch, _ => TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(2, await cache.GetAsync("k", Fetch, _ => TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_fetch_reaches_its_callers_and_is_not_kept()
    {
        var cache = new CoalescedCache<string, int>(_clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("k", () => Task.FromException<int>(new InvalidOperationException("down")), _ => TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(7, await cache.GetAsync("k", () => Task.FromResult(7), _ => TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_others()
    {
        var cache = new CoalescedCache<string, string>(_clock);
        var answer = new TaskCompletionSource<string>();
        using var leaving = new CancellationTokenSource();
        var first = cache.GetAsync("k", () => answer.Task, _ => TimeSpan.Zero, leaving.Token);
        var second = cache.GetAsync("k", () => answer.Task, _ => TimeSpan.Zero, CancellationToken.None);

        await leaving.CancelAsync();
        answer.SetResult("still here");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("still here", await second);
    }
}
