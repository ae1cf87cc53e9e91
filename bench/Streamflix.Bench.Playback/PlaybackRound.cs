using System.Diagnostics;
using Grpc.Core;
using Streamflix.Playback.Contracts;

namespace Streamflix.Bench.Playback;

/// <summary>
/// One timed round: every viewer waits on a shared signal, then all press Play at once; afterwards
/// (untimed) every session that started is stopped, so the stream leases are free for the next round.
/// </summary>
public sealed class PlaybackRound(PlaybackService.PlaybackServiceClient playback, ViewerJourney journey, int stopConcurrency)
{
    public async Task<RoundResult> RunAsync(int number, IReadOnlyList<BenchViewer> viewers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long signalledAt = 0;

        // Each journey runs synchronously up to its await on the signal, so all are waiting before it fires.
        var journeys = viewers.Select(v => journey.RunAsync(v, signal.Task, () => signalledAt, timeout.Token)).ToArray();
        signalledAt = Stopwatch.GetTimestamp();
        timeout.CancelAfter(BenchOptions.RoundTimeout);
        signal.SetResult();
        var outcomes = await Task.WhenAll(journeys);
        var wall = Stopwatch.GetElapsedTime(signalledAt);
        var timedOut = timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

        await StopSessionsAsync(viewers, outcomes, cancellationToken);
        return new RoundResult(number, outcomes, wall, timedOut);
    }

    private async Task StopSessionsAsync(IReadOnlyList<BenchViewer> viewers, ViewerOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var started = viewers.Zip(outcomes).Where(pair => pair.Second.SessionId is not null).ToList();
        var failed = 0;
        await Parallel.ForEachAsync(started, new ParallelOptions { MaxDegreeOfParallelism = stopConcurrency, CancellationToken = cancellationToken },
            async (pair, ct) =>
            {
                try
                {
                    await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = pair.Second.SessionId }, pair.First.Auth, cancellationToken: ct);
                }
                catch (RpcException)
                {
                    // The lease then expires on its own; the next round may see STREAM_LIMIT, which it reports.
                    Interlocked.Increment(ref failed);
                }
            });
        if (failed > 0)
        {
            Console.WriteLine($"  warning: {failed} of {started.Count} sessions could not be stopped");
        }
    }
}
