namespace Streamflix.Bench.RecsFreshness;

/// <summary>The figures: event→rows latency percentiles, timeouts and failures, and the target.</summary>
public static class FreshnessReport
{
    public static void Print(IReadOnlyList<SampleOutcome> outcomes, TimeSpan wall, FreshnessOptions options)
    {
        var reflected = outcomes.Where(o => o.Reflected).ToList();
        var timeouts = outcomes.Count(o => o.TimedOut);
        var failed = outcomes.Where(o => o.Error is not null).ToList();
        // A timed-out sample is slower than any measured one: it counts at the top, never drops out.
        var latency = new Percentiles(outcomes.Where(o => o.Error is null)
            .Select(o => o.LatencyMilliseconds ?? double.PositiveInfinity));
        var publish = new Percentiles(outcomes.Where(o => o.Error is null).Select(o => o.PublishMilliseconds));
        var calls = new Percentiles(reflected.Select(o => o.AnsweringCallMilliseconds!.Value));
        var polls = new Percentiles(reflected.Select(o => (double)o.Polls));

        Console.WriteLine();
        Console.WriteLine($"{outcomes.Count} samples in {wall.TotalSeconds:F1} s ({options.Concurrency} at a time, {options.Viewers} viewers): " +
            $"{reflected.Count} reflected, {timeouts} timeouts (> {FreshnessOptions.SampleTimeout.TotalMilliseconds:F0} ms), {failed.Count} failed");
        Console.WriteLine("event→rows latency, ms (broker's publish confirm → first GetRows answer with \"Because you watched <title>\"):");
        Console.WriteLine($"  {"p50",9} {"p90",9} {"p99",9} {"max",9}");
        Console.WriteLine($"  {Ms(latency.At(50)),9} {Ms(latency.At(90)),9} {Ms(latency.At(99)),9} {Ms(latency.Max),9}");
        Console.WriteLine($"context: publish→confirm p50 {Ms(publish.At(50))} / p99 {Ms(publish.At(99))} ms; " +
            $"answering GetRows call p50 {Ms(calls.At(50))} / p99 {Ms(calls.At(99))} ms; " +
            $"polls per sample p50 {polls.At(50):F0} / max {polls.Max:F0} (every {FreshnessOptions.PollInterval.TotalMilliseconds:F0} ms)");
        Console.WriteLine($"rows that showed a seeded related title (an anchor): {reflected.Count(o => o.ShowedAnchor)}/{reflected.Count}");
        foreach (var error in failed.GroupBy(f => f.Error).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  failed ×{error.Count()}: {error.Key}");
        }

        var met = latency.Count > 0 && latency.At(99) <= FreshnessOptions.TargetP99Milliseconds && failed.Count == 0;
        Console.WriteLine();
        Console.WriteLine($"target p99 ≤ {FreshnessOptions.TargetP99Milliseconds:F0} ms: {(met ? "met" : "not met")} " +
            $"(p99 {Ms(latency.At(99))} ms over {latency.Count} samples{(failed.Count > 0 ? $", {failed.Count} failed" : "")})");
    }

    private static string Ms(double value) => double.IsPositiveInfinity(value)
        ? $">{FreshnessOptions.SampleTimeout.TotalMilliseconds:F0}"
        : double.IsNaN(value) ? "-" : $"{value:F1}";
}
