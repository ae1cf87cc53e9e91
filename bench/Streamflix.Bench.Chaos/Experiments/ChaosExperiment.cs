namespace Streamflix.Bench.Chaos.Experiments;

/// <summary>One fault, with a control phase before it and a watch after it, under the steady viewer load.</summary>
public abstract class ChaosExperiment
{
    /// <summary>The name <c>--only</c> takes.</summary>
    public abstract string Name { get; }

    public abstract string Fault { get; }

    public abstract string Goal { get; }

    public abstract Task<ExperimentResult> RunAsync(ExperimentContext context, CancellationToken cancellationToken);

    protected ExperimentResult Result(IReadOnlyList<PhaseStats> phases, IReadOnlyList<string> findings, bool? goalMet) =>
        new(Name, Fault, Goal, phases, findings, goalMet);

    protected ExperimentResult Skipped(string reason) => ExperimentResult.Skipped(Name, Fault, Goal, reason);

    /// <summary>Issue #7's bar for faults behind a fallback: at least 99.9 % of viewer-facing requests succeed.</summary>
    protected static bool ViewersUnharmed(PhaseStats during) => during.Requests > 0 && during.SuccessPercent >= 99.9;

    /// <summary>How long until <paramref name="probe"/> first succeeds, polling, bounded; null when it never did.</summary>
    protected static async Task<TimeSpan?> TimeUntilAsync(Func<CancellationToken, Task<bool>> probe, TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            try
            {
                if (await probe(cancellationToken))
                {
                    return watch.Elapsed;
                }
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Not back yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        return null;
    }
}
