using System.Diagnostics;
using Streamflix.EventBus;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// Makes every pool title related to both anchors the way real viewing does: a few synthetic
/// profiles (ids no account owns, so the service keeps no rows for them) each start one pool title,
/// then both anchors. The service pairs a profile's first start of a title with the titles it started
/// before, so the starts go in two waves with a barrier between them: a start applied concurrently
/// with the one before it (handlers run in parallel) could miss it and pair nothing.
/// A barrier is a start by the probe viewer, published after the wave: once its rows show it, the
/// wave ahead of it in the queue has been taken, and a short pause covers the handlers still running.
/// </summary>
public sealed class RelatednessSeeder(ViewingEventBus bus, ProfileRows rows, BenchViewer probe, SampleTitles titles)
{
    /// <summary>Synthetic profiles per pool title: the co-occurrence weight of each (title, anchor) pair.</summary>
    public const int ProfilesPerTitle = 3;

    private static readonly TimeSpan BarrierLimit = TimeSpan.FromSeconds(90);

    /// <summary>As many handlers as the service runs at once (EventBus:PrefetchCount 8) finish well within this.</summary>
    private static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(1);

    private int _probeTitle;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var synthetic = titles.Pool
            .SelectMany(t => Enumerable.Range(0, ProfilesPerTitle).Select(_ => (Account: Guid.NewGuid(), Profile: Guid.NewGuid(), Title: t.Id)))
            .ToList();

        var first = synthetic.Select(s => (IntegrationEvent)ViewingEventBus.Started(s.Account, s.Profile, s.Title)).ToList();
        await bus.PublishAllAsync(first, cancellationToken);
        await BarrierAsync(cancellationToken);

        var second = synthetic
            .SelectMany(s => titles.Anchors.Select(a => (IntegrationEvent)ViewingEventBus.Started(s.Account, s.Profile, a.Id)))
            .ToList();
        await bus.PublishAllAsync(second, cancellationToken);
        var shown = await BarrierAsync(cancellationToken);

        var related = shown.TitleIds.Where(titles.IsAnchor).Count();
        Console.WriteLine($"relatedness: {synthetic.Count} synthetic profiles ({ProfilesPerTitle} per pool title) started a pool title, " +
            $"then both anchors: {first.Count + second.Count} events applied in {elapsed.Elapsed.TotalSeconds:F1} s (not timed); " +
            $"probe row \"{shown.Title}\" shows {related}/2 anchors");
        if (related == 0)
        {
            throw new InvalidOperationException("The seeded relatedness does not show in the rows: every sample would measure something else.");
        }
    }

    private async Task<Recommendations.Contracts.Row> BarrierAsync(CancellationToken cancellationToken)
    {
        // The probe starts pool titles from the end, the samples pick at random: a clash costs nothing.
        var title = titles.Pool[^(++_probeTitle)];
        await bus.PublishAsync(
            ViewingEventBus.Started(Guid.Parse(probe.AccountId), Guid.Parse(probe.ProfileId), title.Id), cancellationToken);
        var answer = await rows.WaitForAsync(probe, r => ProfileRows.BecauseYouWatched(r, title.Id) is not null, BarrierLimit,
            $"the probe's rows to show its start of {title.Id} (queue behind the seeding events)", cancellationToken);
        await Task.Delay(InFlightGrace, cancellationToken);
        return ProfileRows.BecauseYouWatched(answer, title.Id)!;
    }
}
