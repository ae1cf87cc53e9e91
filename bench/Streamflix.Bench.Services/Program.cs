using System.Globalization;
using Streamflix.Bench;
using Streamflix.Bench.Services;

// Service-level throughput against the whole graph started in this process, loopback only:
// catalog vs a bare gRPC echo, the web home page, and catalog/playback with 1..N replicas.
// Lines starting with RESULT are read by bench/run.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (ServicesOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(ServicesOptions.Usage);
    return 2;
}

using var interrupted = Interruption.OnCtrlC();   // first Ctrl+C: stop cleanly, tearing the graph down

Console.WriteLine($"machine: {Environment.ProcessorCount} cores shared by the graph and the load generator; loopback only");
Console.WriteLine($"load: {options.Concurrency} in flight, warm-up {options.WarmupSeconds} s, {options.Rounds} rounds of {options.DurationSeconds} s");
try
{
    // One replica first: the gRPC and web comparisons measure one process, and it is scaling's first point.
    int[] replicaCounts = options.Runs("scaling") ? [.. Enumerable.Range(1, options.MaxReplicas)] : [1];
    foreach (var replicas in replicaCounts)
    {
        await using var graph = await StreamflixGraph.StartAsync(
            $"bench-services-x{replicas}", [$"Replicas:catalog={replicas}", $"Replicas:playback={replicas}"], interrupted.Token);
        if (replicas == 1 && options.Runs("grpc"))
        {
            await GrpcComparison.RunAsync(graph, options, interrupted.Token);
        }

        if (replicas == 1 && options.Runs("web"))
        {
            await WebHomePage.RunAsync(graph, options, interrupted.Token);
        }

        if (options.Runs("scaling"))
        {
            await ScalingPoint.RunAsync(graph, replicas, options, interrupted.Token);
        }
    }

    return 0;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.WriteLine("interrupted");
    return 130;
}
