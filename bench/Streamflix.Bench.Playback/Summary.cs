namespace Streamflix.Bench.Playback;

/// <summary>The burst rounds' line: p99 time-to-first-segment of the best warm round (the steady run has its own, see SteadyReport).</summary>
public static class Summary
{
    public const double TargetMilliseconds = 25;

    public static string Line(int viewers, IReadOnlyList<RoundResult> rounds)
    {
        var candidates = rounds.Where(r => !r.Cold && !r.TimedOut).ToList();
        var note = "";
        if (candidates.Count == 0)
        {
            candidates = rounds.Where(r => !r.TimedOut).ToList();
            note = " (no completed warm round: cold round used)";
        }

        if (candidates.Count == 0)
        {
            return $"p99 time-to-first-segment, burst of {viewers} viewers at once: no round completed (target ≤ {TargetMilliseconds:F0} ms): not met";
        }

        var best = candidates.Select(r => (Round: r, P99: RoundReport.Total(r).At(99))).MinBy(x => double.IsNaN(x.P99) ? double.MaxValue : x.P99);
        var met = best.P99 <= TargetMilliseconds && best.Round.Errors == 0;
        var errors = best.Round.Errors > 0 ? $", {best.Round.Errors} errors" : "";
        return $"p99 time-to-first-segment, burst of {viewers} viewers at once: {best.P99:F1} ms (target ≤ {TargetMilliseconds:F0} ms): " +
            $"{(met ? "met" : "not met")} — round {best.Round.Number}{errors}{note}";
    }
}
