using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Streamflix.Playback.Contracts;

namespace Streamflix.Bench.Playback;

/// <summary>
/// N viewers watching at the same time, as a service sees them: every viewer holds a session, fetches
/// a segment every <see cref="SegmentSeconds"/> and sends heartbeats, and now and then zaps to a new
/// start (stop, then Play again) after an exponentially distributed gap. Only the Plays are timed;
/// the watching is the background load they happen in. Unlike the burst rounds, where every viewer
/// presses Play in the same millisecond, this is the arrival pattern the p99 target is about.
/// </summary>
public sealed class SteadyViewers(PlaybackService.PlaybackServiceClient playback, ViewerJourney journey, HttpClient http)
{
    public const int SegmentSeconds = 4;
    public const int HeartbeatSeconds = 10;

    public async Task<SteadyResult> RunAsync(
        IReadOnlyList<BenchViewer> viewers, TimeSpan meanGap, TimeSpan warmup, TimeSpan measured, CancellationToken cancellationToken)
    {
        var timed = new ConcurrentQueue<ViewerOutcome>();
        var background = new BackgroundCounts();
        var begun = Stopwatch.GetTimestamp();
        var end = warmup + measured;
        TimeSpan Now() => Stopwatch.GetElapsedTime(begun);

        var watchers = viewers.Select((viewer, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            ViewerOutcome? watching = null;
            // Starts spread over the first gap, so the first second is not a burst.
            var nextPlay = TimeSpan.FromSeconds(random.NextDouble() * meanGap.TotalSeconds);
            var nextSegment = TimeSpan.MaxValue;
            var nextHeartbeat = TimeSpan.MaxValue;
            var segmentIndex = 0;
            while (Now() < end && !cancellationToken.IsCancellationRequested)
            {
                var due = Min(nextPlay, nextSegment, nextHeartbeat);
                if (due > Now())
                {
                    var wait = Min(due, end) - Now();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    continue;
                }

                if (due == nextPlay)
                {
                    if (watching?.SessionId is { } previous)
                    {
                        await StopAsync(viewer, previous, background, cancellationToken);   // zapping frees the lease first
                    }

                    var inWindow = Now() >= warmup;
                    watching = await journey.RunAsync(viewer, Task.CompletedTask, Stopwatch.GetTimestamp, cancellationToken);
                    if (inWindow && Now() <= end)
                    {
                        timed.Enqueue(watching);
                    }

                    segmentIndex = 1;   // the journey fetched the first one
                    nextSegment = watching.Succeeded ? Now() + TimeSpan.FromSeconds(SegmentSeconds) : TimeSpan.MaxValue;
                    nextHeartbeat = watching.Succeeded ? Now() + TimeSpan.FromSeconds(HeartbeatSeconds) : TimeSpan.MaxValue;
                    nextPlay = Now() + TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * meanGap.TotalSeconds);
                }
                else if (due == nextSegment && watching is { MediaPlaylist: { } media, Segments.Count: > 0 })
                {
                    var segment = new Uri(media, watching.Segments[segmentIndex++ % watching.Segments.Count]);
                    await background.CountAsync(() => FetchAsync(segment, cancellationToken), b => b.Segments++);
                    nextSegment += TimeSpan.FromSeconds(SegmentSeconds);
                }
                else if (due == nextHeartbeat && watching?.SessionId is { } session)
                {
                    await background.CountAsync(
                        async () => await playback.HeartbeatAsync(new HeartbeatRequest { SessionId = session, Edge = watching.Edge ?? "" },
                            viewer.Auth, cancellationToken: cancellationToken),
                        b => b.Heartbeats++);
                    nextHeartbeat += TimeSpan.FromSeconds(HeartbeatSeconds);
                }
                else
                {
                    nextSegment = nextHeartbeat = TimeSpan.MaxValue;
                }
            }

            if (watching?.SessionId is { } last)
            {
                await StopAsync(viewer, last, background, CancellationToken.None);
            }
        }, CancellationToken.None)).ToArray();

        await Task.WhenAll(watchers);
        return new SteadyResult(viewers.Count, meanGap, measured, [.. timed], background);
    }

    private async Task StopAsync(BenchViewer viewer, string session, BackgroundCounts background, CancellationToken cancellationToken) =>
        await background.CountAsync(
            async () => await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = session }, viewer.Auth, cancellationToken: cancellationToken),
            b => b.Stops++);

    private async Task FetchAsync(Uri segment, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(segment, cancellationToken);
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
    }

    private static TimeSpan Min(params TimeSpan[] values) => values.Min();
}

/// <summary>What the watching viewers did besides pressing Play, and how much of it failed.</summary>
public sealed class BackgroundCounts
{
    private readonly Lock _gate = new();

    public int Segments { get; set; }

    public int Heartbeats { get; set; }

    public int Stops { get; set; }

    public int Errors { get; private set; }

    public async Task CountAsync(Func<Task> action, Action<BackgroundCounts> succeeded)
    {
        try
        {
            await action();
            lock (_gate)
            {
                succeeded(this);
            }
        }
        catch (Exception e) when (e is RpcException or HttpRequestException)
        {
            lock (_gate)
            {
                Errors++;
            }
        }
    }
}

/// <summary>The timed Plays of a steady run and the background work they shared the machine with.</summary>
public sealed record SteadyResult(int Viewers, TimeSpan MeanGap, TimeSpan Measured, IReadOnlyList<ViewerOutcome> Plays, BackgroundCounts Background)
{
    public int Errors => Plays.Count(p => !p.Succeeded);

    public double PlaysPerSecond => Plays.Count / Measured.TotalSeconds;
}
