using System.Diagnostics;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>The samples, a few at a time; each is bounded, so the run is too.</summary>
public static class SampleRun
{
    public static async Task<(IReadOnlyList<SampleOutcome> Outcomes, TimeSpan Wall)> RunAsync(
        FreshnessSample sample, ViewerRoster roster, int samples, int concurrency, CancellationToken cancellationToken)
    {
        var outcomes = new SampleOutcome[samples];
        var next = -1;
        var done = 0;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < samples)
            {
                var (viewer, titleId) = await roster.LeaseAsync(cancellationToken);
                try
                {
                    outcomes[index] = await sample.RunAsync(viewer, titleId, cancellationToken);
                }
                finally
                {
                    roster.Release(viewer);
                }

                if (Interlocked.Increment(ref done) is var finished && finished % 50 == 0 && finished < samples)
                {
                    Console.WriteLine($"samples: {finished}/{samples} done…");
                }
            }
        });
        await Task.WhenAll(workers);
        return (outcomes, wall.Elapsed);
    }
}
