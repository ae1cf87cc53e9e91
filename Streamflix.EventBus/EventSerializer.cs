using System.Text.Json;

namespace Streamflix.EventBus;

/// <summary>JSON of the concrete event record, with web defaults (camelCase, lenient numbers).</summary>
public static class EventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static EventMessage Serialize(IntegrationEvent integrationEvent, byte priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new EventMessage(
            integrationEvent.Id,
            EventBusTopology.RoutingKeyFor(type),
            JsonSerializer.SerializeToUtf8Bytes(integrationEvent, type, Options),
            priority);
    }

    /// <summary>Null when the body is not an event of that type (a poison message).</summary>
    public static IntegrationEvent? Deserialize(ReadOnlySpan<byte> body, Type eventType)
    {
        try
        {
            return JsonSerializer.Deserialize(body, eventType, Options) as IntegrationEvent;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
