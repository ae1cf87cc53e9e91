namespace Streamflix.EventBus.Outbox;

/// <summary>
/// An event stored in the producing service's own database, in the transaction of the change
/// that caused it. The relay publishes it later and marks it published once the broker confirmed.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The routing key (the event record's type name).</summary>
    public string Type { get; set; } = "";

    public byte[] Body { get; set; } = [];

    public byte Priority { get; set; }

    /// <summary>Headers as JSON (a "traceparent" captured when the event was stored); null when none.</summary>
    public string? Headers { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Publish attempts that failed so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time: the relay's backoff after a failed attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? LastError { get; set; }
}
