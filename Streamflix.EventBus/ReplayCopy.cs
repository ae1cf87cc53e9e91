using System.Globalization;
using RabbitMQ.Client;

namespace Streamflix.EventBus;

/// <summary>The properties of a dead letter's copy that goes back to the service's queue.</summary>
internal static class ReplayCopy
{
    public const string ReplayedHeader = "x-replayed";

    public static BasicProperties Properties(IReadOnlyBasicProperties dead, DateTimeOffset replayedAt)
    {
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (dead.Headers is not null)
        {
            foreach (var (name, value) in dead.Headers)
            {
                // The broker's dead-lettering history belongs to the dead copy; it writes its own
                // again if this one is dead-lettered too.
                if (!IsBrokerDeathHeader(name))
                {
                    headers[name] = value;
                }
            }
        }

        headers[EventBusTopology.DeliveryAttemptHeader] = DeliveryAttempts.First;
        headers[ReplayedHeader] = replayedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

        // No expiration: a dead letter that once waited in the retry queue must not expire again.
        return new BasicProperties
        {
            MessageId = dead.MessageId,
            Type = dead.Type,
            ContentType = dead.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            Priority = dead.Priority,
            Timestamp = dead.Timestamp,
            CorrelationId = dead.CorrelationId,
            Headers = headers,
        };
    }

    private static bool IsBrokerDeathHeader(string name) =>
        name == "x-death"
        || name.StartsWith("x-first-death-", StringComparison.Ordinal)
        || name.StartsWith("x-last-death-", StringComparison.Ordinal);
}
