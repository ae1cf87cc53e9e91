namespace Streamflix.EventBus.Outbox;

/// <summary>
/// The inbox: an event id a consumer has applied, written in the transaction of its effect, so
/// that a redelivered event is recognised and has no second effect.
/// </summary>
public sealed class ProcessedEvent
{
    public Guid EventId { get; set; }

    /// <summary>Which handler applied it: one event may be handled by several handlers of a service.</summary>
    public string Consumer { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
