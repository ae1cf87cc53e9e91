namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>
/// (c) The edge most players are on stopped mid-stream: players fail over to the next-ranked edge.
/// The stall is how long a player waited for its next segment (failed tries included).
/// </summary>
public sealed class EdgeKill : ChaosExperiment
{
    public override string Name => "edge-kill";

    public override string Fault => "edge-1 stopped mid-stream (Aspire stop command)";

    public override string Goal => "no player stalls more than 2 s waiting for its next segment";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        const string edge = "edge-1";
        var control = await context.PhaseAsync("control", context.Options.Control, cancellationToken);
        var from = DateTimeOffset.UtcNow;
        await context.Resources.StopAllAsync(edge, cancellationToken);
        await Task.Delay(context.Options.Fault, cancellationToken);
        var during = context.Stats("during", from, DateTimeOffset.UtcNow);
        using (var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            bounded.CancelAfter(ExperimentContext.RecoveryTimeout);
            await context.Resources.StartAllAsync(edge, bounded.Token);
        }

        var after = await context.PhaseAsync("after", context.Options.After, cancellationToken);
        return Result([control, during, after],
            [$"longest wait for a segment: control {control.MaxStall:F0} ms, during {during.MaxStall:F0} ms ({during.StallsOver2s} over 2 s), after {after.MaxStall:F0} ms"],
            during.Requests > 0 && during.StallsOver2s == 0);
    }
}
