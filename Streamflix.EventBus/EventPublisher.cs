using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Streamflix.EventBus;

internal sealed class EventPublisher(ConfirmedPublisher confirmedPublisher, EventBusTelemetry telemetry, ILogger<EventPublisher> logger)
    : IEventPublisher, IEventMessagePublisher
{
    public Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken, byte priority = EventPriority.Normal)
        where TEvent : IntegrationEvent =>
        PublishRawAsync(EventSerializer.Serialize(integrationEvent, priority), cancellationToken);

    public async Task PublishRawAsync(EventMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.Headers is not null)
        {
            foreach (var (name, value) in message.Headers)
            {
                headers[name] = value;
            }
        }

        // A stored trace context (outbox) wins over whatever is current in the relay.
        var storedParent = TraceContextPropagation.Extract(headers);
        using var activity = EventBusTelemetry.StartPublish(message, storedParent);
        TraceContextPropagation.Inject(activity ?? Activity.Current, headers);
        FaultScenarioPropagation.Inject(headers);

        var properties = new BasicProperties
        {
            MessageId = message.Id.ToString(),
            Type = message.Type,
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            Priority = message.Priority,
            Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
            Headers = headers,
        };

        try
        {
            await confirmedPublisher.PublishAsync(EventBusTopology.Exchange, message.Type, properties, message.Body, cancellationToken);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "Publishing {EventType} {EventId} failed", message.Type, message.Id);
            throw;
        }

        telemetry.Published(message.Type);
    }
}
