using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.EventBus.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stages the event in the context's outbox; it is stored by the caller's own SaveChanges,
    /// in the same transaction as the change it describes, and published later by the relay.
    /// </summary>
    public static OutboxMessage AddOutboxEvent(this DbContext dbContext, IntegrationEvent integrationEvent,
        byte priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var message = EventSerializer.Serialize(integrationEvent, priority);
        // timestamptz columns take UTC only (Npgsql refuses other offsets).
        var occurredAt = integrationEvent.OccurredAt.ToUniversalTime();
        var stored = new OutboxMessage
        {
            Id = message.Id,
            Type = message.Type,
            Body = message.Body.ToArray(),
            Priority = message.Priority,
            Headers = CaptureTraceHeaders(),
            OccurredAt = occurredAt,
            NextAttemptAt = occurredAt,
        };
        dbContext.Set<OutboxMessage>().Add(stored);
        return stored;
    }

    private static string? CaptureTraceHeaders()
    {
        var headers = new Dictionary<string, string>();
        // The trace of the request that made the change continues at the relay's publish.
        var activity = Activity.Current;
        if (activity is not null && activity.IdFormat == ActivityIdFormat.W3C)
        {
            headers["traceparent"] = activity.Id!;
            if (!string.IsNullOrEmpty(activity.TraceStateString))
            {
                headers["tracestate"] = activity.TraceStateString;
            }
        }

        // So does the request's fault scenario: the relay publishes outside the request's scope.
        if (FaultScenarioPropagation.Capture() is { } scenario)
        {
            headers[FaultHeader.Name] = scenario;
        }

        return headers.Count == 0 ? null : JsonSerializer.Serialize(headers);
    }
}
