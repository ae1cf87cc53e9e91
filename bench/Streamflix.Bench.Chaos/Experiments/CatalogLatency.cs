namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>(b) Every catalog request delayed by 2 s (the fault contract's Redis-shared server-side fault).</summary>
public sealed class CatalogLatency : ChaosExperiment
{
    private const int LatencyMs = 2000;

    public override string Name => "catalog-latency";

    public override string Fault => $"catalog answers {LatencyMs} ms late (POST /chaos/inject, all replicas)";

    public override string Goal => "≥ 99.9 % viewer-facing success while catalog is slow";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        if (await context.Faults.UnavailableBecauseAsync("catalog", cancellationToken) is { } reason)
        {
            return Skipped(reason);
        }

        var control = await context.PhaseAsync("control", context.Options.Control, cancellationToken);
        var from = DateTimeOffset.UtcNow;
        await context.Faults.InjectLatencyAsync("catalog", LatencyMs, context.Options.Fault, cancellationToken);
        try
        {
            await Task.Delay(context.Options.Fault, cancellationToken);
        }
        finally
        {
            await context.Faults.ClearAsync("catalog", CancellationToken.None);
        }

        var during = context.Stats("during", from, DateTimeOffset.UtcNow);
        var after = await context.PhaseAsync("after", context.Options.After, cancellationToken);
        return Result([control, during, after], [], ViewersUnharmed(during));
    }
}
