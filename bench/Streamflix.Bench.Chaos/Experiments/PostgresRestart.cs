using Streamflix.Catalog.Contracts;

namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>
/// (e) Postgres stopped and started again: every write acknowledged before (and after) is still there,
/// and the services answer again, reading (catalog) and writing (a sign-up in accounts).
/// </summary>
public sealed class PostgresRestart : ChaosExperiment
{
    private static readonly TimeSpan RecoveryGoal = TimeSpan.FromSeconds(10);

    public override string Name => "postgres-restart";

    public override string Fault => "postgres stopped and started again (Aspire stop + start commands)";

    public override string Goal => "0 committed writes lost; services answer again within 10 s of the restart";

    public override async Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken)
    {
        var committed = new List<Guid>();
        var control = await SignUpDuringAsync(context, "control", context.Options.Control, committed, cancellationToken);

        var from = DateTimeOffset.UtcNow;
        var restart = System.Diagnostics.Stopwatch.StartNew();
        await context.Resources.StopAllAsync("postgres", cancellationToken);
        var stoppedAfter = restart.Elapsed;
        await context.Resources.StartAllAsync("postgres", cancellationToken);
        var healthyAfter = restart.Elapsed;
        // This process's own pooled connections (the ledger's) died with the server.
        Npgsql.NpgsqlConnection.ClearAllPools();

        var catalog = new CatalogService.CatalogServiceClient(context.Graph.Channel("catalog"));
        var readable = await TimeUntilAsync(async ct =>
        {
            await catalog.ListGenresAsync(new ListGenresRequest(), deadline: DateTime.UtcNow.AddSeconds(2), cancellationToken: ct);
            return true;
        }, ExperimentContext.RecoveryTimeout, cancellationToken);
        var readableAt = restart.Elapsed;
        var writable = await TimeUntilAsync(async ct =>
        {
            if (await context.TrySignUpAsync(ct) is not { } id)
            {
                return false;
            }

            lock (committed)
            {
                committed.Add(id);
            }

            return true;
        }, ExperimentContext.RecoveryTimeout, cancellationToken);
        var writableAt = restart.Elapsed;
        var during = context.Stats("during", from, DateTimeOffset.UtcNow);
        var after = await SignUpDuringAsync(context, "after", context.Options.After, committed, cancellationToken);

        var existing = await context.Ledger.ExistingAccountsAsync(committed, cancellationToken);
        var lost = committed.Count - existing;
        var recovered = readable is not null && writable is not null ? writableAt : (TimeSpan?)null;
        List<string> findings =
        [
            $"postgres stopped {stoppedAfter.TotalSeconds:F1} s and healthy again {healthyAfter.TotalSeconds:F1} s after the stop command",
            readable is null ? "catalog did not answer again within the bound" : $"catalog answered again {readableAt.TotalSeconds:F1} s after the stop command ({(readableAt - healthyAfter).TotalSeconds:F1} s after postgres was healthy)",
            writable is null ? "accounts did not take a sign-up again within the bound" : $"accounts took a sign-up again {writableAt.TotalSeconds:F1} s after the stop command ({(writableAt - healthyAfter).TotalSeconds:F1} s after postgres was healthy)",
            $"acknowledged sign-ups before and after: {committed.Count}, in the database afterwards: {existing}, lost: {lost}",
        ];
        return Result([control, during, after], findings, lost == 0 && recovered is { } r && r <= RecoveryGoal);
    }

    /// <summary>A phase of the load with a sign-up every half second beside it, each acknowledged one remembered.</summary>
    private static async Task<PhaseStats> SignUpDuringAsync(ExperimentContext context, string phase, TimeSpan length, List<Guid> committed, CancellationToken cancellationToken)
    {
        var from = DateTimeOffset.UtcNow;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < length)
        {
            if (await context.TrySignUpAsync(cancellationToken) is { } id)
            {
                lock (committed)
                {
                    committed.Add(id);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        return context.Stats(phase, from, DateTimeOffset.UtcNow);
    }
}
