namespace Streamflix.Bench.Services;

/// <summary>
/// Side-by-side comparison on a shared machine: each target is warmed with the same load, then the
/// targets take turns for several rounds and the round with the median throughput stands for each,
/// so a burst of someone else's work disturbs one round rather than one side.
/// </summary>
public static class Rounds
{
    public static async Task<IReadOnlyList<LoadResult>> AlternateAsync(
        IReadOnlyList<(string Name, Func<CancellationToken, Task> Call)> targets, ServicesOptions options, CancellationToken cancellationToken)
    {
        foreach (var (name, call) in targets)
        {
            await ClosedLoad.RunAsync(name, options.Concurrency, options.Warmup, call, cancellationToken);
        }

        var runs = targets.Select(_ => new List<LoadResult>()).ToArray();
        for (var round = 1; round <= options.Rounds; round++)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var result = await ClosedLoad.RunAsync(targets[i].Name, options.Concurrency, options.Duration, targets[i].Call, cancellationToken);
                Console.WriteLine($"    round {round} {result.Line()}");
                runs[i].Add(result);
            }
        }

        return runs.Select(r => r.OrderBy(x => x.PerSecond).ElementAt(r.Count / 2)).ToList();
    }
}
