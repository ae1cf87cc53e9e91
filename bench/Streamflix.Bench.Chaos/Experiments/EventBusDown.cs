namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>
/// (d) RabbitMQ stopped for 30 s while viewers sign up and play: every event caused meanwhile must
/// wait in its producer's outbox and be applied exactly once when the broker is back.
/// </summary>
public sealed class EventBusDown : ChaosExperiment
{
    /// <summary>The outage issue #7 names; the same with --quick, since the goal is stated for it.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    public override string Name => "eventbus-down";

    public override string Fault => "eventbus (RabbitMQ) stopped for 30 s during sign-ups and plays";

    public override string Goal => "0 events lost, 0 duplicates";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        var control = await context.PhaseAsync("control", context.Options.Control, cancellationToken);
        var from = DateTimeOffset.UtcNow;
        await context.Resources.StopAllAsync("eventbus", cancellationToken);
        var signUps = new List<Guid>();
        var refused = 0;
        var outage = System.Diagnostics.Stopwatch.StartNew();
        while (outage.Elapsed < Outage)
        {
            if (await context.TrySignUpAsync(cancellationToken) is { } id)
            {
                signUps.Add(id);
            }
            else
            {
                refused++;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        var until = DateTimeOffset.UtcNow;
        var during = context.Stats("during", from, until);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ExperimentContext.RecoveryTimeout);
        await context.Resources.StartAllAsync("eventbus", bounded.Token);

        // Wait (bounded) until what was sent during the outage has been applied, then count once more.
        EventTally? accounts = null;
        EventTally? plays = null;
        var drained = await TimeUntilAsync(async ct =>
        {
            accounts = await context.Ledger.SignUpsAsync(signUps, ct);
            plays = await context.Ledger.PlaysAsync(from, until, ct);
            return accounts.Lost == 0 && plays.Lost == 0;
        }, ExperimentContext.RecoveryTimeout, cancellationToken);
        accounts = await context.Ledger.SignUpsAsync(signUps, cancellationToken);
        plays = await context.Ledger.PlaysAsync(from, until, cancellationToken);
        var after = await context.PhaseAsync("after", context.Options.After, cancellationToken);

        List<string> findings =
        [
            $"sign-ups during the outage: {signUps.Count} acknowledged, {refused} refused",
            accounts.ToString(),
            plays.ToString(),
            drained is { } d ? $"all applied {d.TotalSeconds:F1} s after the broker was healthy again"
                : $"not all applied within {ExperimentContext.RecoveryTimeout.TotalSeconds:F0} s of the broker being back",
        ];
        var met = accounts.Lost == 0 && plays.Lost == 0 && accounts.Duplicates == 0 && plays.Duplicates == 0 && accounts.Sent + plays.Sent > 0;
        return Result([control, during, after], findings, met);
    }
}
