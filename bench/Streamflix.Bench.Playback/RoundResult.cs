namespace Streamflix.Bench.Playback;

/// <summary>A round's outcomes and its wall time, from the start signal to the last viewer done.</summary>
public sealed record RoundResult(int Number, IReadOnlyList<ViewerOutcome> Outcomes, TimeSpan Wall, bool TimedOut)
{
    public bool Cold => Number == 1;

    public int Errors => Outcomes.Count(o => !o.Succeeded);

    public double Throughput => Outcomes.Count(o => o.Succeeded) / Math.Max(Wall.TotalSeconds, 1e-9);
}
