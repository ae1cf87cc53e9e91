using Microsoft.Extensions.Time.Testing;
using Streamflix.Edge.Heartbeat;

namespace Streamflix.Edge.Tests;

public sealed class EdgeLoadTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Active_requests_count_open_scopes()
    {
        var load = new EdgeLoad(_time);

        var first = load.BeginRequest();
        var second = load.BeginRequest();
        Assert.Equal(2, load.ActiveRequests);

        first.Dispose();
        second.Dispose();
        Assert.Equal(0, load.ActiveRequests);
    }

    [Fact]
    public async Task Active_requests_stay_exact_under_concurrency()
    {
        var load = new EdgeLoad(_time);

        await Parallel.ForAsync(0, 10_000, async (_, ct) =>
        {
            using var scope = load.BeginRequest();
            await Task.Yield();
        });

        Assert.Equal(0, load.ActiveRequests);
    }

    [Fact]
    public void The_rate_covers_the_last_second_only()
    {
        var load = new EdgeLoad(_time);

        load.RecordBytes(1000);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        load.RecordBytes(2000);
        Assert.Equal(3000, load.BytesPerSecond);

        _time.Advance(TimeSpan.FromMilliseconds(600));   // the first 1000 are now more than a second old
        Assert.Equal(2000, load.BytesPerSecond);

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, load.BytesPerSecond);
        Assert.Equal(3000, load.TotalBytes);
    }

    [Fact]
    public void A_reused_bucket_forgets_its_old_bytes()
    {
        var load = new EdgeLoad(_time);
        load.RecordBytes(500);

        _time.Advance(TimeSpan.FromSeconds(1));           // same ring position, next lap
        load.RecordBytes(7);

        Assert.Equal(7, load.BytesPerSecond);
    }
}
