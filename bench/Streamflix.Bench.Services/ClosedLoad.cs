using System.Diagnostics;

namespace Streamflix.Bench.Services;

/// <summary>What one closed-loop run measured: calls per second over the timed window and latencies.</summary>
public sealed record LoadResult(string Name, int Concurrency, double Seconds, int Calls, int Errors, Percentiles Latency)
{
    public double PerSecond => Calls / Seconds;

    public string Line() =>
        $"{Name,-28}{PerSecond,10:F0} req/s   p50 {Latency.At(50),7:F1} ms   p99 {Latency.At(99),7:F1} ms   " +
        $"errors {Errors}   ({Calls} calls, {Concurrency} in flight, {Seconds:F0} s)";
}

/// <summary>
/// The same load generator for every target: <c>concurrency</c> callers each issuing the next call as
/// soon as the last one answered, for a fixed time. A closed loop, so a slower server gets fewer calls
/// rather than an unbounded queue; the figures are throughput at that concurrency and its latencies.
/// </summary>
public static class ClosedLoad
{
    public static async Task<LoadResult> RunAsync(
        string name, int concurrency, TimeSpan duration, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        window.CancelAfter(duration);
        var callers = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(4096);
            while (!window.IsCancellationRequested)
            {
                var begun = Stopwatch.GetTimestamp();
                try
                {
                    // Calls are not cut at the end of the window: an answer still counts when it arrives.
                    await call(cancellationToken);
                    mine.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, CancellationToken.None));
        await Task.WhenAll(callers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(name, concurrency, seconds, all.Count, errors, new Percentiles(all));
    }
}
