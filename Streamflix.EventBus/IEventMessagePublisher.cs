namespace Streamflix.EventBus;

/// <summary>
/// Publishes an already serialized event: the seam for an outbox relay, which stores
/// <see cref="EventMessage"/>s in the transaction of the change and publishes them later.
/// </summary>
public interface IEventMessagePublisher
{
    /// <summary>Returns once the broker confirmed the message; throws otherwise (the caller retries).</summary>
    Task PublishRawAsync(EventMessage message, CancellationToken cancellationToken);
}
