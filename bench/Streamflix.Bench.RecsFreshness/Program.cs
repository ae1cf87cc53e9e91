using System.Globalization;
using Streamflix.Bench;
using Streamflix.Bench.RecsFreshness;
using Streamflix.Recommendations.Contracts;

// How long after a viewing event the affected recommendation rows reflect it, against the whole graph
// started in this process (Aspire.Hosting.Testing), everything on loopback. See bench/recs-freshness.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (FreshnessOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(FreshnessOptions.Usage);
    return 2;
}

using var interrupted = Interruption.OnCtrlC();   // first Ctrl+C: stop cleanly, tearing the graph down

Console.WriteLine($"machine: {Environment.ProcessorCount} cores (shared by the graph and this client); all traffic is loopback");
Console.WriteLine($"viewers {options.Viewers}, samples {options.Samples}, concurrency {options.Concurrency}; " +
    $"GetRows every {FreshnessOptions.PollInterval.TotalMilliseconds:F0} ms for up to {FreshnessOptions.SampleTimeout.TotalSeconds:F0} s per sample");

StreamflixGraph? graph = null;
try
{
    // Every title gets its demo video: the freshness checks sample several playable titles.
    graph = await StreamflixGraph.StartAsync("bench-recs-freshness", ["DemoContent:MaxTitles=0"], interrupted.Token);
    var titles = await graph.WaitForCatalogAsync(SampleTitles.From, interrupted.Token);
    Console.WriteLine($"titles: anchors \"{titles.AnchorA.Name}\" and \"{titles.AnchorB.Name}\" (playable, sharing a genre); " +
        $"samples start titles from the other {titles.Pool.Count} ({titles.PlayableAtStart} playable so far)");

    // One more viewer than asked: the probe, whose starts mark how far the service has got.
    var setup = new ViewerSetup(graph, concurrency: 8, tokenMargin: TimeSpan.FromMinutes(1));
    var everyone = await setup.CreateAsync(options.Viewers + 1, interrupted.Token);
    var viewers = everyone.Take(options.Viewers).ToList();
    var probe = everyone[^1];
    if (everyone.FirstOrDefault(v => v.ProfileIsKids) is { } kids)
    {
        throw new InvalidOperationException($"Profile {kids.ProfileId} is a kids profile: the anchors would not be shown to it.");
    }

    var rows = new ProfileRows(new RecommendationsService.RecommendationsServiceClient(graph.Channel("recommendations")));
    // The first call per profile: the service learns the profile's kids flag, so events rebuild its rows.
    var first = await Task.WhenAll(everyone.Select(v => rows.GetAsync(v, interrupted.Token)));
    Console.WriteLine($"rows: first GetRows for {first.Length} profiles, {first.Count(r => r.ColdStart)} cold start");
    await rows.WaitForAsync(probe, r => r.Rows.Any(row => titles.Anchors.All(a => row.TitleIds.Contains(a.Id))),
        TimeSpan.FromSeconds(90), "recommendations to know both anchors are playable", interrupted.Token);

    using var bus = await ViewingEventBus.ConnectAsync(graph, interrupted.Token);
    await new RelatednessSeeder(bus, rows, probe, titles).SeedAsync(interrupted.Token);

    var roster = new ViewerRoster(viewers, titles.Pool.Select(t => t.Id));
    if (roster.Capacity < options.Samples)
    {
        Console.Error.WriteLine($"{options.Viewers} viewers × {titles.Pool.Count} titles allow {roster.Capacity} samples at most: ask for more viewers");
        return 2;
    }

    var concurrency = Math.Min(options.Concurrency, options.Viewers);
    var before = await graph.ListTitlesAsync(interrupted.Token);
    Console.WriteLine(Conditions.Line("before sampling", before.Count(SampleTitles.IsPlayable), before.Count));
    var sample = new FreshnessSample(bus, rows, setup, titles);
    var (outcomes, wall) = await SampleRun.RunAsync(sample, roster, options.Samples, concurrency, interrupted.Token);
    var catalogue = await graph.ListTitlesAsync(interrupted.Token);
    Console.WriteLine(Conditions.Line("after sampling", catalogue.Count(SampleTitles.IsPlayable), catalogue.Count));

    FreshnessReport.Print(outcomes, wall, options with { Concurrency = concurrency });
    return outcomes.All(o => o.Reflected) ? 0 : 1;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.WriteLine("interrupted: no summary");
    return 130;
}
catch (Exception e) when (e is TimeoutException or InvalidOperationException or OperationCanceledException)
{
    // A bounded wait ran out (graph start, encoding, the service catching up): no figures to give.
    Console.Error.WriteLine($"no summary: {e.Message}");
    return 1;
}
finally
{
    if (graph is not null)
    {
        await graph.DisposeAsync();
    }
}
