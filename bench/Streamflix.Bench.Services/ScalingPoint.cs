using System.Collections.Concurrent;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;

namespace Streamflix.Bench.Services;

/// <summary>
/// Throughput of catalog (GetHomeRows) and playback (StartPlayback then StopPlayback, so that each
/// viewer holds at most one stream lease) through Aspire's proxy in front of N replicas of each.
/// On a machine with fewer cores than replicas the replicas compete for the same CPU: the figures show
/// what replicas buy here, not what they would buy on separate machines.
/// </summary>
public static class ScalingPoint
{
    public static async Task RunAsync(StreamflixGraph graph, int replicas, ServicesOptions options, CancellationToken cancellationToken)
    {
        var title = await graph.WaitForPlayableTitleAsync(cancellationToken);
        var setup = new ViewerSetup(graph, 8, TimeSpan.FromMinutes(3));
        var pool = new ConcurrentQueue<BenchViewer>(await setup.CreateAsync(options.Concurrency, cancellationToken));
        var catalog = new CatalogService.CatalogServiceClient(graph.Channel("catalog"));
        var playback = new PlaybackService.PlaybackServiceClient(graph.Channel("playback"));

        async Task StartAndStop(CancellationToken ct)
        {
            // One viewer per caller at a time: the pool holds exactly as many viewers as there are callers.
            if (!pool.TryDequeue(out var viewer))
            {
                throw new InvalidOperationException("more callers than viewers");
            }

            try
            {
                var manifest = await playback.StartPlaybackAsync(
                    new StartPlaybackRequest { ProfileId = viewer.ProfileId, TitleId = title.Id }, viewer.Auth, cancellationToken: ct);
                await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = manifest.SessionId }, viewer.Auth, cancellationToken: ct);
            }
            finally
            {
                pool.Enqueue(viewer);
            }
        }

        Console.WriteLine($"scaling: {replicas} replica(s) of catalog and playback");
        var results = await Rounds.AlternateAsync(
            [
                ($"catalog x{replicas} GetHomeRows", async ct => await catalog.GetHomeRowsAsync(new GetHomeRowsRequest(), cancellationToken: ct)),
                ($"playback x{replicas} start+stop", StartAndStop),
            ],
            options, cancellationToken);
        Console.WriteLine(
            $"RESULT scaling replicas={replicas} catalog_rps={results[0].PerSecond:F0} catalog_p99_ms={results[0].Latency.At(99):F1} " +
            $"playback_rps={results[1].PerSecond:F0} playback_p99_ms={results[1].Latency.At(99):F1} " +
            $"errors={results[0].Errors + results[1].Errors}");
    }
}
