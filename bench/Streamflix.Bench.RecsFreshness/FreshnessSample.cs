using System.Diagnostics;
using Grpc.Core;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// One timed sample: a viewer starts a title it never started (the event published to the bus as
/// playback's relay would), and its rows are polled every few milliseconds until a "Because you
/// watched" row seeded by that title appears. The clock starts when the broker confirms the event
/// (from then on it is the service's to apply) and stops when the answer that shows it arrives.
/// </summary>
public sealed class FreshnessSample(ViewingEventBus bus, ProfileRows rows, ViewerSetup setup, SampleTitles titles)
{
    public async Task<SampleOutcome> RunAsync(BenchViewer viewer, string titleId, CancellationToken cancellationToken)
    {
        try
        {
            // Untimed: a fresh token if this one is running out, and a look at the rows before the event.
            await setup.RenewIfExpiringAsync(viewer, cancellationToken);
            if (ProfileRows.BecauseYouWatched(await rows.GetAsync(viewer, cancellationToken), titleId) is not null)
            {
                return SampleOutcome.Failed(titleId, "the rows showed the title before it was started");
            }

            var started = ViewingEventBus.Started(Guid.Parse(viewer.AccountId), Guid.Parse(viewer.ProfileId), titleId);
            var publishing = Stopwatch.GetTimestamp();
            await bus.PublishAsync(started, cancellationToken);
            var confirmed = Stopwatch.GetTimestamp();
            var publishMilliseconds = Stopwatch.GetElapsedTime(publishing, confirmed).TotalMilliseconds;
            return await PollAsync(viewer, titleId, publishMilliseconds, confirmed, cancellationToken);
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            return SampleOutcome.Failed(titleId, $"gRPC {e.StatusCode}: {e.Status.Detail}");
        }
        catch (TimeoutException e)
        {
            return SampleOutcome.Failed(titleId, e.Message);
        }
    }

    private async Task<SampleOutcome> PollAsync(
        BenchViewer viewer, string titleId, double publishMilliseconds, long confirmed, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(FreshnessOptions.SampleTimeout);
        var polls = 0;
        try
        {
            while (true)
            {
                var asking = Stopwatch.GetTimestamp();
                var answer = await rows.GetAsync(viewer, limit.Token);
                var answered = Stopwatch.GetTimestamp();
                polls++;
                if (ProfileRows.BecauseYouWatched(answer, titleId) is { } row)
                {
                    return new SampleOutcome(
                        titleId,
                        publishMilliseconds,
                        Stopwatch.GetElapsedTime(confirmed, answered).TotalMilliseconds,
                        polls,
                        Stopwatch.GetElapsedTime(asking, answered).TotalMilliseconds,
                        row.TitleIds.Any(titles.IsAnchor),
                        Error: null);
                }

                await Task.Delay(FreshnessOptions.PollInterval, limit.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled }
            && limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new SampleOutcome(titleId, publishMilliseconds, null, polls, null, false, Error: null);
        }
    }
}
