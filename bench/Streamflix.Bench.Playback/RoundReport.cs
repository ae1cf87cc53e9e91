namespace Streamflix.Bench.Playback;

/// <summary>Prints a round: counts, throughput, latency percentiles per stage and errors by kind.</summary>
public static class RoundReport
{
    private static readonly (string Name, Func<ViewerOutcome, double> Value)[] Stages =
        [
            ("StartPlayback (gRPC)", o => o.Start),
            ("master playlist", o => o.Master),
            ("media playlist", o => o.Media),
            ("first segment", o => o.Segment),
            ("time-to-first-segment", o => o.Total),
            ("start lag (client)", o => o.Lag),
        ];

    /// <summary>Percentiles of successful viewers' time-to-first-segment.</summary>
    public static Percentiles Total(RoundResult round) => new(round.Outcomes.Where(o => o.Succeeded).Select(o => o.Total));

    public static void Print(RoundResult round)
    {
        var ok = round.Outcomes.Where(o => o.Succeeded).ToList();
        var kind = round.Cold ? "cold" : "warm";
        var status = round.TimedOut ? $" — CANCELLED after {BenchOptions.RoundTimeout.TotalSeconds:F0} s" : "";
        Console.WriteLine();
        Console.WriteLine($"round {round.Number} ({kind}){status}: {round.Outcomes.Count} viewers, {round.Errors} errors, " +
            $"wall {round.Wall.TotalSeconds:F2} s, throughput {round.Throughput:F1} viewers/s");
        PrintStages(round.Outcomes, Stages);
    }

    /// <summary>Where the first segments came from, percentiles per stage of the successful viewers, errors by kind.</summary>
    public static void PrintStages(IReadOnlyList<ViewerOutcome> outcomes, IEnumerable<(string Name, Func<ViewerOutcome, double> Value)>? stages = null)
    {
        var ok = outcomes.Where(o => o.Succeeded).ToList();
        var caches = ok.GroupBy(o => o.SegmentCache ?? "no X-Cache").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var bytes = ok.Count > 0 ? ok.Average(o => o.SegmentBytes) / 1024 : 0;
        Console.WriteLine($"  first segment from the edge: {string.Join(", ", caches)}; mean size {bytes:F0} KiB");
        Console.WriteLine($"  {"ms (successful viewers)",-24}{"p50",9}{"p90",9}{"p99",9}{"max",9}");
        foreach (var (name, value) in stages ?? Stages.Take(5))
        {
            var p = new Percentiles(ok.Select(value));
            Console.WriteLine($"  {name,-24}{p.At(50),9:F1}{p.At(90),9:F1}{p.At(99),9:F1}{p.Max,9:F1}");
        }

        foreach (var error in outcomes.Where(o => !o.Succeeded).GroupBy(o => o.Error).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  error ×{error.Count()}: {error.Key}");
        }
    }
}
