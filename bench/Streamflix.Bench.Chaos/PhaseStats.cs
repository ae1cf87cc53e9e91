namespace Streamflix.Bench.Chaos;

/// <summary>Requests, success and latency of one phase of an experiment (all viewer-facing operations, or one).</summary>
public sealed record PhaseStats(string Phase, int Requests, int Failures, double P50, double P99, double MaxStall, int StallsOver2s, IReadOnlyDictionary<string, int> Errors)
{
    public double SuccessPercent => Requests == 0 ? double.NaN : 100.0 * (Requests - Failures) / Requests;

    public static PhaseStats Of(string phase, IReadOnlyList<LoadSample> samples)
    {
        var latencies = new Percentiles(samples.Where(s => s.Succeeded).Select(s => s.Milliseconds));
        var stalls = samples.Where(s => s.Operation == "segment").Select(s => s.Stall).ToList();
        return new PhaseStats(
            phase,
            samples.Count,
            samples.Count(s => !s.Succeeded),
            latencies.At(50),
            latencies.At(99),
            stalls.Count == 0 ? 0 : stalls.Max(),
            stalls.Count(s => s > 2000),
            samples.Where(s => s.Error is not null).GroupBy(s => $"{s.Operation}: {s.Error}")
                .ToDictionary(g => g.Key, g => g.Count()));
    }
}
