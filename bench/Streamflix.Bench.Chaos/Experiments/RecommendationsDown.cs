namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>(a) Every recommendations replica stopped: the home page must fall back to the catalog's rows.</summary>
public sealed class RecommendationsDown : ChaosExperiment
{
    public override string Name => "recs-down";

    public override string Fault => "recommendations stopped (all replicas, Aspire stop command)";

    public override string Goal => "≥ 99.9 % viewer-facing success while recommendations is down";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        var control = await context.PhaseAsync("control", context.Options.Control, cancellationToken);
        var from = DateTimeOffset.UtcNow;
        await context.Resources.StopAllAsync("recommendations", cancellationToken);
        await Task.Delay(context.Options.Fault, cancellationToken);
        var during = context.Stats("during", from, DateTimeOffset.UtcNow);
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        using (var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            bounded.CancelAfter(ExperimentContext.RecoveryTimeout);
            await context.Resources.StartAllAsync("recommendations", bounded.Token);
        }

        var recovered = restarted.Elapsed;
        var after = await context.PhaseAsync("after", context.Options.After, cancellationToken);
        return Result([control, during, after],
            [$"recommendations healthy again {recovered.TotalSeconds:F1} s after the start command"], ViewersUnharmed(during));
    }
}
