namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>(f) One playback replica stopped: Aspire's proxy and the clients' retries carry plays to the other.</summary>
public sealed class PlaybackReplicaKill : ChaosExperiment
{
    public override string Name => "playback-replica";

    public override string Fault => "one playback replica stopped (its own resource id, Aspire stop command)";

    public override string Goal => "≥ 99.9 % viewer-facing success with one playback replica down";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        var replicas = context.Resources.Instances("playback");
        if (replicas.Count < 2)
        {
            return Skipped($"playback runs {replicas.Count} instance(s); killing the only one is not this experiment (use --replicas 2)");
        }

        var victim = replicas[Random.Shared.Next(replicas.Count)];
        var control = await context.PhaseAsync("control", context.Options.Control, cancellationToken);
        var from = DateTimeOffset.UtcNow;
        await context.Resources.StopInstanceAsync("playback", victim, cancellationToken);
        await Task.Delay(context.Options.Fault, cancellationToken);
        var during = context.Stats("during", from, DateTimeOffset.UtcNow);
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        using (var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            bounded.CancelAfter(ExperimentContext.RecoveryTimeout);
            await context.Resources.StartInstanceAsync("playback", victim, bounded.Token);
        }

        var back = restarted.Elapsed;
        var after = await context.PhaseAsync("after", context.Options.After, cancellationToken);
        return Result([control, during, after],
            [$"stopped {victim} of {replicas.Count}; healthy again {back.TotalSeconds:F1} s after its start command"], ViewersUnharmed(during));
    }
}
