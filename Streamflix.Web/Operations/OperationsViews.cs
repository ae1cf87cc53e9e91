namespace Streamflix.Web.Operations;

/// <summary>One process of a service: its report, or only its key when the report could not be read.</summary>
public sealed record InstanceView(string Service, string InstanceId, InstanceReport? Report, TimeSpan? Age, bool Stale)
{
    public bool Unreadable => Report is null;
}

public sealed record ServiceView(string Name, IReadOnlyList<InstanceView> Instances);

/// <summary>A circuit as one instance of the caller sees it: breakers and bulkheads are per process.</summary>
public sealed record CircuitView(string Caller, string CallerInstance, string Target, string State, int BulkheadInUse, int BulkheadQueued, long Rejected)
{
    public bool IsOpen => State == CircuitReport.Open;
}

/// <summary>An active traffic-wide fault on a service, or its key when the value could not be read.</summary>
public sealed record FaultView(string Service, ChaosFault? Fault, TimeSpan? Remaining);

/// <summary>A dead-letter queue's depth, from the freshest report that names it.</summary>
public sealed record DeadLetterView(string Queue, long Depth, string ReportedBy, TimeSpan Age);

/// <summary>The encoder's job queue depth, from the freshest encoder report that carries it.</summary>
public sealed record EncodingQueueView(string Depth, string InstanceId, TimeSpan Age);

/// <summary>An edge from its heartbeat; <see cref="Heartbeat"/> is null when it expired or could not be read.</summary>
public sealed record EdgeView(string Name, EdgeState State, Streamflix.Edge.Contracts.EdgeHeartbeat? Heartbeat, TimeSpan? Age);

public enum EdgeState
{
    Healthy,
    Unhealthy,
    Stale,
    /// <summary>Still in the <c>edges</c> set but its heartbeat expired: the edge stopped without withdrawing.</summary>
    Silent,
    Unreadable,
}

/// <summary>The page's whole picture at <see cref="ReadAt"/>.</summary>
public sealed record OperationsSnapshot(
    DateTimeOffset ReadAt,
    IReadOnlyList<ServiceView> Services,
    IReadOnlyList<CircuitView> Circuits,
    IReadOnlyList<FaultView> Faults,
    IReadOnlyList<DeadLetterView> DeadLetters,
    EncodingQueueView? EncodingQueue,
    IReadOnlyList<EdgeView> Edges);
