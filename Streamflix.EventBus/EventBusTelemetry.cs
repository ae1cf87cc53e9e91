using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Streamflix.EventBus;

/// <summary>The bus's spans and counters; ServiceDefaults exports every "Streamflix.*" source and meter.</summary>
internal sealed class EventBusTelemetry
{
    public const string Name = "Streamflix.EventBus";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _published;
    private readonly Counter<long> _consumed;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _deadLettered;

    public EventBusTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        _published = meter.CreateCounter<long>("streamflix.eventbus.published", "{message}", "Events confirmed by the broker.");
        _consumed = meter.CreateCounter<long>("streamflix.eventbus.consumed", "{message}", "Events handled and acknowledged.");
        _retried = meter.CreateCounter<long>("streamflix.eventbus.retried", "{message}", "Failed deliveries scheduled for another attempt.");
        _deadLettered = meter.CreateCounter<long>("streamflix.eventbus.dead_lettered", "{message}", "Deliveries given up and sent to the dead-letter queue.");
    }

    public void Published(string eventType) =>
        _published.Add(1, new KeyValuePair<string, object?>("event.type", eventType), new("exchange", EventBusTopology.Exchange));

    public void Consumed(string eventType, string queue) => _consumed.Add(1, Tags(eventType, queue));

    public void Retried(string eventType, string queue) => _retried.Add(1, Tags(eventType, queue));

    public void DeadLettered(string eventType, string queue) => _deadLettered.Add(1, Tags(eventType, queue));

    public static Activity? StartPublish(EventMessage message, ActivityContext parent)
    {
        var activity = ActivitySource.StartActivity($"publish {message.Type}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.type", "send");
        activity?.SetTag("messaging.destination.name", EventBusTopology.Exchange);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", message.Type);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        return activity;
    }

    public static Activity? StartProcess(string eventType, string queue, string? messageId, int attempt, ActivityContext parent)
    {
        var activity = ActivitySource.StartActivity($"process {eventType}", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.destination.name", queue);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", eventType);
        activity?.SetTag("messaging.message.id", messageId);
        activity?.SetTag("streamflix.eventbus.delivery_attempt", attempt);
        return activity;
    }

    private static TagList Tags(string eventType, string queue) => new()
    {
        { "event.type", eventType },
        { "queue", queue },
    };
}
