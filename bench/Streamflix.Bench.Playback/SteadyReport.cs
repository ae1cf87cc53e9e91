namespace Streamflix.Bench.Playback;

/// <summary>Prints the steady run: the timed Plays per stage, the background work, and the line checked against the target.</summary>
public static class SteadyReport
{
    public static void Print(SteadyResult run)
    {
        var background = run.Background;
        Console.WriteLine();
        Console.WriteLine($"steady: {run.Viewers} viewers watching at once (a segment every {SteadyViewers.SegmentSeconds} s, a heartbeat every " +
            $"{SteadyViewers.HeartbeatSeconds} s), each zapping to a new Play every {run.MeanGap.TotalSeconds:F0} s on average (exponential gaps)");
        Console.WriteLine($"  timed window {run.Measured.TotalSeconds:F0} s: {run.Plays.Count} Plays ({run.PlaysPerSecond:F1}/s), {run.Errors} errors; " +
            $"background: {background.Segments} segments, {background.Heartbeats} heartbeats, {background.Stops} stops, {background.Errors} errors");
        RoundReport.PrintStages(run.Plays);
        var p99 = new Percentiles(run.Plays.Where(p => p.Succeeded).Select(p => p.Total)).At(99);
        var met = p99 <= Summary.TargetMilliseconds && run.Errors == 0 && run.Plays.Count > 0;
        Console.WriteLine();
        Console.WriteLine($"p99 time-to-first-segment, {run.Viewers} concurrent viewers, steady: {p99:F1} ms " +
            $"(target ≤ {Summary.TargetMilliseconds:F0} ms): {(met ? "met" : "not met")} — {run.Plays.Count} Plays at {run.PlaysPerSecond:F1}/s, {run.Errors} errors");
    }
}
