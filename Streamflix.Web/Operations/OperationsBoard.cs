using Streamflix.Edge.Contracts;

namespace Streamflix.Web.Operations;

/// <summary>
/// Turns what was read from Redis into the page's picture. No I/O, so every rule (staleness,
/// unreadable reports, which report a shared figure comes from) is tested without Redis.
/// </summary>
public static class OperationsBoard
{
    /// <summary>
    /// Reports are written every 5 s and expire after 15 s; one older than that comes from a
    /// process that stopped reporting (or a clock that drifted), and is flagged rather than hidden.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(15);

    public const string EncoderService = "encoder";

    public static OperationsSnapshot Build(OperationsReadout readout, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(readout);
        var instances = readout.Instances
            .Where(entry => entry.Value is not null) // expired between SCAN and GET: already gone
            .Select(entry => Instance(entry, now))
            .ToList();
        var fresh = instances
            .Where(instance => instance is { Report: not null, Stale: false })
            .OrderBy(instance => instance.Age)
            .ToList();

        return new OperationsSnapshot(
            now,
            instances
                .GroupBy(instance => instance.Service, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new ServiceView(group.Key, [.. group.OrderBy(instance => instance.InstanceId, StringComparer.Ordinal)]))
                .ToList(),
            Circuits(instances),
            readout.Faults.Where(fault => fault.Value is not null).Select(Fault).OrderBy(fault => fault.Service, StringComparer.Ordinal).ToList(),
            DeadLetters(fresh),
            EncodingQueue(fresh),
            readout.Edges.Select(edge => Edge(edge, now)).OrderBy(edge => edge.Name, StringComparer.Ordinal).ToList());
    }

    private static InstanceView Instance(StoredEntry entry, DateTimeOffset now)
    {
        var (service, instanceId) = NamesIn(entry.Key);
        if (InstanceReport.TryParse(entry.Value) is not { } report)
        {
            return new InstanceView(service, instanceId, null, null, Stale: false);
        }

        var age = Age(report.ReportedAt, now);
        // The key names the row: it is what Redis holds, even if the JSON disagrees with it.
        return new InstanceView(service, instanceId, report, age, age > StaleAfter);
    }

    /// <summary><c>streamflix:instances:{service}:{instanceId}</c>; an instance id may itself contain ':'.</summary>
    internal static (string Service, string InstanceId) NamesIn(string key)
    {
        var rest = key.StartsWith(InstanceReport.KeyPrefix, StringComparison.Ordinal) ? key[InstanceReport.KeyPrefix.Length..] : key;
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? (rest[..colon], rest[(colon + 1)..]) : (rest, "");
    }

    private static List<CircuitView> Circuits(List<InstanceView> instances) =>
        instances
            .Where(instance => instance.Report is not null)
            .SelectMany(instance => (instance.Report!.Circuits ?? []).Select(circuit => new CircuitView(
                instance.Service,
                instance.InstanceId,
                circuit.Target!,
                circuit.State ?? "unknown",
                circuit.BulkheadInUse,
                circuit.BulkheadQueued,
                circuit.Rejected)))
            // Open circuits first: they are why someone opens this page.
            .OrderBy(circuit => circuit.State switch { CircuitReport.Open => 0, CircuitReport.HalfOpen => 1, _ => 2 })
            .ThenBy(circuit => circuit.Caller, StringComparer.Ordinal)
            .ThenBy(circuit => circuit.Target, StringComparer.Ordinal)
            .ThenBy(circuit => circuit.CallerInstance, StringComparer.Ordinal)
            .ToList();

    private static FaultView Fault(StoredFault stored) =>
        new(stored.Key.StartsWith(ChaosFault.KeyPrefix, StringComparison.Ordinal) ? stored.Key[ChaosFault.KeyPrefix.Length..] : stored.Key,
            ChaosFault.TryParse(stored.Value),
            stored.TimeToLive);

    // A queue is shared by every replica that consumes it, so each reports the same depth; the
    // freshest report wins.
    private static List<DeadLetterView> DeadLetters(List<InstanceView> freshFirst) =>
        freshFirst
            .SelectMany(instance => (instance.Report!.DeadLetters ?? []).Select(queue => new DeadLetterView(
                queue.Queue!, queue.Depth, $"{instance.Service} {instance.InstanceId}", instance.Age!.Value)))
            .DistinctBy(queue => queue.Queue, StringComparer.Ordinal)
            .OrderBy(queue => queue.Queue, StringComparer.Ordinal)
            .ToList();

    private static EncodingQueueView? EncodingQueue(List<InstanceView> freshFirst) =>
        freshFirst
            .Where(instance => instance.Service == EncoderService)
            .Select(instance => instance.Report!.ExtraValue(InstanceReport.EncodingQueueDepth) is { } depth
                ? new EncodingQueueView(depth, instance.InstanceId, instance.Age!.Value)
                : null)
            .FirstOrDefault(view => view is not null);

    private static EdgeView Edge(StoredHeartbeat stored, DateTimeOffset now)
    {
        if (stored.Value is null)
        {
            return new EdgeView(stored.Edge, EdgeState.Silent, null, null);
        }

        EdgeHeartbeat? heartbeat;
        try
        {
            heartbeat = EdgeHeartbeat.FromJson(stored.Value);
        }
        catch (System.Text.Json.JsonException)
        {
            heartbeat = null;
        }

        if (heartbeat is null || heartbeat.At == default)
        {
            return new EdgeView(stored.Edge, EdgeState.Unreadable, null, null);
        }

        var age = Age(heartbeat.At, now);
        var state = age > StaleAfter ? EdgeState.Stale : heartbeat.Healthy ? EdgeState.Healthy : EdgeState.Unhealthy;
        return new EdgeView(stored.Edge, state, heartbeat, age);
    }

    // A writer's clock slightly ahead of ours would give a negative age; it is "just now".
    private static TimeSpan Age(DateTimeOffset at, DateTimeOffset now) => at > now ? TimeSpan.Zero : now - at;
}
