using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Streamflix.Bench;
using Streamflix.Bench.Chaos;
using Streamflix.Bench.Chaos.Experiments;
using Streamflix.Playback.Contracts;

// Chaos experiments against the whole graph started in this process (Aspire.Hosting.Testing), under a
// steady loopback load of viewers, one fault at a time with a control phase before it. See bench/chaos.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (ChaosOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(ChaosOptions.Usage);
    return 2;
}

ChaosExperiment[] all = [new RecommendationsDown(), new CatalogLatency(), new EdgeKill(), new EventBusDown(), new PostgresRestart(), new PlaybackReplicaKill()];
var chosen = options.Only is { } only ? all.Where(e => e.Name == only).ToArray() : all;
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"no experiment named '{options.Only}'. {ChaosOptions.Usage}");
    return 2;
}

using var interrupted = Interruption.OnCtrlC();   // first Ctrl+C: stop cleanly, tearing the graph down

Console.WriteLine($"machine: {Environment.ProcessorCount} cores (shared by the graph and the simulated viewers); all traffic is loopback");
Console.WriteLine($"experiments: {string.Join(", ", chosen.Select(e => e.Name))}; replicas {options.Replicas}; viewers {options.Viewers}; " +
    $"phases {options.Control.TotalSeconds:F0}/{options.Fault.TotalSeconds:F0}/{options.After.TotalSeconds:F0} s");

StreamflixGraph? graph = null;
var started = Stopwatch.StartNew();
try
{
    graph = await StreamflixGraph.StartAsync("bench-chaos",
        ["Chaos:Enabled=true", $"Replicas:catalog={options.Replicas}", $"Replicas:playback={options.Replicas}", $"Replicas:recommendations={options.Replicas}"],
        interrupted.Token);
    var graphStart = started.Elapsed;
    var title = await graph.WaitForPlayableTitleAsync(interrupted.Token);
    var setup = new ViewerSetup(graph, concurrency: 4, tokenMargin: TimeSpan.FromMinutes(2));
    var benchViewers = await setup.CreateAsync(options.Viewers, interrupted.Token);
    var site = graph.App.GetEndpoint("web", "http");
    var siteViewers = new List<SiteViewer>();
    foreach (var _ in benchViewers)
    {
        var viewer = new SiteViewer(site);
        await viewer.SignUpAsync(interrupted.Token);
        siteViewers.Add(viewer);
    }

    var model = graph.App.Services.GetRequiredService<DistributedApplicationModel>();
    var operationsKey = await model.Resources.OfType<ParameterResource>().Single(p => p.Name == "operations-key").GetValueAsync(interrupted.Token)
        ?? throw new InvalidOperationException("operations-key has no value");
    await using var resources = new ResourceControl(graph.App);
    using var faults = new FaultInjection(graph.App, operationsKey);
    var recorder = new LoadRecorder();
    using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };
    var player = new StreamingPlayer(new PlaybackService.PlaybackServiceClient(graph.Channel("playback")), http, recorder);
    var load = new ViewerLoad(benchViewers.Zip(siteViewers).ToList(), player, setup, title.Id, recorder);
    var context = new ExperimentContext(options, graph, resources, faults, new EventLedger(graph), recorder);

    using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(interrupted.Token);
    var loading = load.RunAsync(stopLoad.Token);
    var results = new List<ExperimentResult>();
    var command = ("bench/chaos " + string.Join(' ', args)).Trim();
    var reportPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "CHAOS.md"));
    Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
    try
    {
        foreach (var experiment in chosen)
        {
            Console.WriteLine($"running {experiment.Name}: {experiment.Fault}");
            ExperimentResult result;
            try
            {
                result = await experiment.RunAsync(context, interrupted.Token);
            }
            catch (Exception e) when (!interrupted.IsCancellationRequested)
            {
                // One experiment failing to run (a resource that would not come back) is a finding, not a crash.
                result = new ExperimentResult(experiment.Name, experiment.Fault, experiment.Goal, [], [$"the experiment itself failed: {e.GetType().Name}: {e.Message}"], false);
            }

            ChaosReport.Print(result);
            results.Add(result);
            // Rewritten after every experiment: a run cut short still leaves what it measured.
            await File.WriteAllTextAsync(reportPath, ChaosReport.Markdown(results, command, graphStart, options), CancellationToken.None);
        }
    }
    finally
    {
        await stopLoad.CancelAsync();
        try
        {
            await loading;
        }
        catch (Exception e) when (e is OperationCanceledException or Grpc.Core.RpcException)
        {
            // The load ends by cancellation; what it measured is already recorded.
        }
        siteViewers.ForEach(v => v.Dispose());
    }

    Console.WriteLine();
    Console.WriteLine($"report: {reportPath}");
    return 0;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.WriteLine("interrupted: no report");
    return 130;
}
finally
{
    if (graph is not null)
    {
        await graph.DisposeAsync();
    }
}
