namespace Streamflix.ServiceDefaults.Instances;

/// <summary>
/// What one process tells the operations page every few seconds, stored as camelCase JSON under
/// <c>streamflix:instances:{service}:{instanceId}</c> (see /work/notes/contracts.md).
/// </summary>
public sealed record InstanceReport(
    string Service,
    string InstanceId,
    DateTimeOffset StartedAt,
    DateTimeOffset ReportedAt,
    string Health,
    IReadOnlyList<CircuitReport> Circuits,
    ChaosReport? Chaos,
    IReadOnlyList<DeadLetterReport> DeadLetters,
    IReadOnlyDictionary<string, string> Extra)
{
    public static string KeyFor(string service, string instanceId) => $"streamflix:instances:{service}:{instanceId}";
}

/// <param name="State">"closed", "half-open" or "open".</param>
public sealed record CircuitReport(string Target, string State, int BulkheadInUse, int BulkheadQueued, long Rejected);

public sealed record ChaosReport(string Kind, int LatencyMs, int Percent, DateTimeOffset? ExpiresAt);

public sealed record DeadLetterReport(string Queue, long Depth);
