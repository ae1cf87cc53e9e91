using System.Diagnostics;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// The steady load under every experiment: each viewer in turn opens the site's home page (signed
/// in), then plays the title through (StartPlayback, playlists, every segment), and starts again.
/// Runs from before the first experiment until the last one is over.
/// </summary>
public sealed class ViewerLoad(
    IReadOnlyList<(BenchViewer Viewer, SiteViewer Site)> viewers,
    StreamingPlayer player,
    ViewerSetup setup,
    string titleId,
    LoadRecorder recorder)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(viewers.Select(v => LoopAsync(v.Viewer, v.Site, cancellationToken)));

    private async Task LoopAsync(BenchViewer viewer, SiteViewer site, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var began = Stopwatch.GetTimestamp();
                try
                {
                    var (succeeded, error, _) = await site.HomeAsync(cancellationToken);
                    recorder.Add(new LoadSample(DateTimeOffset.UtcNow, "home", Stopwatch.GetElapsedTime(began).TotalMilliseconds, succeeded, error));
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    recorder.Add(new LoadSample(DateTimeOffset.UtcNow, "home", Stopwatch.GetElapsedTime(began).TotalMilliseconds, false,
                        e is TaskCanceledException ? "timeout" : e.GetType().Name));
                }

                try
                {
                    // Untimed: a real player renews its token in the background.
                    await setup.RenewIfExpiringAsync(viewer, cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // Accounts may be the thing that is down; the play below shows what the viewer sees.
                }

                await player.PlayAsync(viewer, titleId, cancellationToken);
                await Task.Delay(Pause, cancellationToken);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The end of the run; a gRPC call cut by it ends as RpcException(Cancelled), not OperationCanceledException.
        }
    }
}
