namespace Streamflix.EventBus;

/// <summary>
/// A serialized event as it travels: what an outbox stores and its relay hands to
/// <see cref="IEventMessagePublisher.PublishRawAsync"/>. <see cref="Type"/> is the routing key.
/// Create one with <see cref="EventSerializer.Serialize"/>.
/// </summary>
public sealed record EventMessage(Guid Id, string Type, ReadOnlyMemory<byte> Body, byte Priority = EventPriority.Normal)
{
    /// <summary>
    /// Extra headers. A "traceparent" here (captured when an outbox stored the event) becomes the
    /// parent of the publish span, so the trace starts at the change, not at the relay.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
