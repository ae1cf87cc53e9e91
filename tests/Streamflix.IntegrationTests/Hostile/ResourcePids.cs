namespace Streamflix.IntegrationTests.Hostile;

/// <summary>
/// Every process of the graph (replicas included) with its state and pid, from the AppHost's
/// resource notifications: a crash or a restart shows as a changed pid or a state other than Running.
/// </summary>
public static class ResourcePids
{
    /// <summary>One resource instance's process: its state text and pid (empty when it has none).</summary>
    public sealed record Process(string? State, string Pid)
    {
        public bool IsRunning => State == KnownResourceStates.Running;

        public override string ToString() => $"{State} pid={Pid}";
    }

    public static async Task<IReadOnlyDictionary<string, Process>> SnapshotAsync(StreamflixAppFixture fixture)
    {
        var processes = new SortedDictionary<string, Process>(StringComparer.Ordinal);
        // The watch replays every resource's current state first; a short window collects them all.
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await foreach (var change in fixture.App.ResourceNotifications.WatchAsync(window.Token))
            {
                if (change.Resource is ProjectResource or ExecutableResource)
                {
                    var pid = change.Snapshot.Properties.FirstOrDefault(p => p.Name.EndsWith(".pid", StringComparison.Ordinal))?.Value;
                    processes[change.ResourceId] = new Process(change.Snapshot.State?.Text, pid?.ToString() ?? "");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The window closed: every current state has been seen.
        }

        return processes;
    }

    /// <summary>
    /// Processes that were running and then died, restarted or stopped between the two snapshots.
    /// Resources that were not running before (Aspire's own never-started helpers such as
    /// <c>catalog-rebuilder-…</c>) are not processes of the graph.
    /// </summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, Process> before, IReadOnlyDictionary<string, Process> after) =>
        [.. before
            .Where(entry => entry.Value.IsRunning)
            .Where(entry => !after.TryGetValue(entry.Key, out var now) || now != entry.Value)
            .Select(entry => $"{entry.Key}: {entry.Value} → {(after.TryGetValue(entry.Key, out var now) ? now.ToString() : "gone")}")];
}
