using System.Globalization;
using Streamflix.Bench;
using Streamflix.Bench.Playback;
using Streamflix.Playback.Contracts;

// Time-to-first-segment for N viewers pressing Play at once, against the whole graph started in
// this process (Aspire.Hosting.Testing), everything on loopback. See bench/playback.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var interrupted = Interruption.OnCtrlC();   // first Ctrl+C: stop cleanly, tearing the graph down

Console.WriteLine($"machine: {Environment.ProcessorCount} cores (shared by the graph and the simulated viewers); " +
    "all traffic is loopback (gRPC and HTTP to localhost, no proxy)");
Console.WriteLine($"viewers {options.Viewers}, burst rounds {options.Rounds}, steady run {options.SteadySeconds} s (zap every {options.ZapSeconds} s on average), setup parallelism {options.SetupConcurrency}");

StreamflixGraph? graph = null;
try
{
    graph = await StreamflixGraph.StartAsync("bench-playback", interrupted.Token);
    var title = await graph.WaitForPlayableTitleAsync(interrupted.Token);
    // Access tokens live minutes: each round starts with enough left to finish it.
    var setup = new ViewerSetup(graph, options.SetupConcurrency, BenchOptions.RoundTimeout + TimeSpan.FromMinutes(2));
    var viewers = await setup.CreateAsync(options.Viewers, interrupted.Token);

    var playback = new PlaybackService.PlaybackServiceClient(graph.Channel("playback"));
    using var http = EdgeHttp.CreateClient();
    var round = new PlaybackRound(playback, new ViewerJourney(playback, http, title.Id), options.SetupConcurrency);
    var results = new List<RoundResult>();
    for (var number = 1; number <= options.Rounds; number++)
    {
        await setup.RenewExpiringTokensAsync(viewers, interrupted.Token);
        var result = await round.RunAsync(number, viewers, interrupted.Token);
        RoundReport.Print(result);
        results.Add(result);
    }

    Console.WriteLine();
    Console.WriteLine(Summary.Line(options.Viewers, results));

    await setup.RenewExpiringTokensAsync(viewers, interrupted.Token);
    var steady = await new SteadyViewers(playback, new ViewerJourney(playback, http, title.Id), http).RunAsync(
        viewers, TimeSpan.FromSeconds(options.ZapSeconds), options.SteadyWarmup, TimeSpan.FromSeconds(options.SteadySeconds), interrupted.Token);
    SteadyReport.Print(steady);
    return results.Any(r => r.TimedOut) ? 1 : 0;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.WriteLine("interrupted: no summary");
    return 130;
}
finally
{
    if (graph is not null)
    {
        await graph.DisposeAsync();
    }
}
