namespace Streamflix.EventBus;

public interface IEventPublisher
{
    /// <summary>
    /// Publishes durably: returns only once the broker has confirmed the message (publisher
    /// confirms); throws when it could not. Priority 0 (lowest) .. 9; most events use the default.
    /// </summary>
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken, byte priority = EventPriority.Normal)
        where TEvent : IntegrationEvent;
}

public static class EventPriority
{
    public const byte Low = 1;
    public const byte Normal = 5;
    public const byte High = 8;
}
