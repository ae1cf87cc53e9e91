using System.Globalization;
using RabbitMQ.Client;

namespace Streamflix.EventBus;

/// <summary>The properties of a failed message's copy that waits in the retry queue.</summary>
internal static class RetryCopy
{
    private const int MaxReasonLength = 512;

    public static BasicProperties Properties(IReadOnlyBasicProperties original, int nextAttempt, TimeSpan delay, string reason)
    {
        var headers = original.Headers is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(original.Headers, StringComparer.Ordinal);
        headers[EventBusTopology.DeliveryAttemptHeader] = nextAttempt;
        headers[EventBusTopology.LastErrorHeader] = reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];

        return new BasicProperties
        {
            MessageId = original.MessageId,
            Type = original.Type,
            ContentType = original.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            Priority = original.Priority,
            Timestamp = original.Timestamp,
            CorrelationId = original.CorrelationId,
            Headers = headers,
            // The broker expires it from the retry queue back into the main queue. Expiry only
            // happens at the head of the queue, so a long delay can hold up shorter ones behind it;
            // the cap on the delay bounds that.
            Expiration = ((long)Math.Ceiling(delay.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture),
        };
    }
}
