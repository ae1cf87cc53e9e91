using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

/// <summary>The stale copy that answers when Postgres cannot, with the real HybridCache (in memory).</summary>
public sealed class LastKnownGoodTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();

    private LastKnownGood LastKnownGood => new(_services.GetRequiredService<HybridCache>(), NullLogger<LastKnownGood>.Instance);

    [Fact]
    public async Task A_failed_read_is_answered_with_the_last_good_copy()
    {
        var lkg = LastKnownGood;
        var fresh = await lkg.ServeAsync("genres", ct => Record(lkg, "genres", new[] { "drama", "comedy" }, ct), CancellationToken.None);

        var stale = await lkg.ServeAsync<string[]>("genres", _ => throw new TimeoutException("postgres is down"), CancellationToken.None);

        Assert.Equal(fresh, stale);
    }

    [Fact]
    public async Task A_successful_read_is_served_fresh_even_when_a_copy_exists()
    {
        var lkg = LastKnownGood;
        await lkg.ServeAsync("home:12", ct => Record(lkg, "home:12", "old rows", ct), CancellationToken.None);

        var answer = await lkg.ServeAsync("home:12", _ => Task.FromResult("new rows"), CancellationToken.None);

        Assert.Equal("new rows", answer);
    }

    [Fact]
    public async Task Without_a_copy_the_outage_surfaces()
    {
        var failure = await Assert.ThrowsAsync<TimeoutException>(() =>
            LastKnownGood.ServeAsync<string>("title:never-read", _ => throw new TimeoutException("postgres is down"), CancellationToken.None));

        Assert.Equal("postgres is down", failure.Message);
    }

    [Fact]
    public async Task Not_found_is_an_answer_not_an_outage_so_no_copy_stands_in_for_it()
    {
        var lkg = LastKnownGood;
        await lkg.ServeAsync("title:t1", ct => Record(lkg, "title:t1", "Title One", ct), CancellationToken.None);

        await Assert.ThrowsAsync<CatalogNotFoundException>(() =>
            lkg.ServeAsync<string>("title:t1", _ => throw CatalogNotFoundException.Title("t1"), CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_result_is_kept_as_a_copy_too()
    {
        var lkg = LastKnownGood;
        await lkg.ServeAsync("search:10:zzz", ct => Record(lkg, "search:10:zzz", Array.Empty<string>(), ct), CancellationToken.None);

        var stale = await lkg.ServeAsync<string[]>("search:10:zzz", _ => throw new InvalidOperationException("db down"), CancellationToken.None);

        Assert.Empty(stale);
    }

    private static async Task<T> Record<T>(LastKnownGood lkg, string key, T value, CancellationToken cancellationToken) =>
        await lkg.RecordAsync(key, value, cancellationToken);

    public void Dispose() => _services.Dispose();
}
