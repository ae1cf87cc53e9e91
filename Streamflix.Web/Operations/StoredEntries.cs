namespace Streamflix.Web.Operations;

/// <summary>A key and its value as read from Redis; the value is null when the key expired between listing and reading.</summary>
public sealed record StoredEntry(string Key, string? Value);

/// <summary>A chaos key, its value and how long the fault has left (null: no expiry set).</summary>
public sealed record StoredFault(string Key, string? Value, TimeSpan? TimeToLive);

/// <summary>An edge named in the <c>edges</c> set and its heartbeat JSON (null: the heartbeat expired).</summary>
public sealed record StoredHeartbeat(string Edge, string? Value);

/// <summary>Everything the operations page shows, as read from Redis in one pass.</summary>
public sealed record OperationsReadout(
    IReadOnlyList<StoredEntry> Instances,
    IReadOnlyList<StoredFault> Faults,
    IReadOnlyList<StoredHeartbeat> Edges);
