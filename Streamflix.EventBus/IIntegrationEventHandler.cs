namespace Streamflix.EventBus;

/// <summary>
/// Handles one event type. The message is acknowledged only after this returns; an exception
/// means "try again later" (bounded), then the message goes to the dead-letter queue.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
