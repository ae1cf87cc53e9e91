using System.Diagnostics.Metrics;

namespace Streamflix.EventBus.Outbox;

/// <summary>
/// Static because inbox handlers are built by their services with only a DbContext; the meter
/// is found by name like every other "Streamflix.*" meter.
/// </summary>
internal static class InboxTelemetry
{
    private static readonly Meter Meter = new(OutboxTelemetry.Name);

    private static readonly Counter<long> Duplicates = Meter.CreateCounter<long>(
        "streamflix.inbox.duplicates_skipped", "{event}", "Redelivered events a consumer had already applied, skipped.");

    private static readonly Counter<long> Applied = Meter.CreateCounter<long>(
        "streamflix.inbox.applied", "{event}", "Events applied by a consumer and recorded in its inbox.");

    public static void DuplicateSkipped(string consumer, string eventType) =>
        Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer), new("event.type", eventType));

    public static void AppliedOnce(string consumer, string eventType) =>
        Applied.Add(1, new KeyValuePair<string, object?>("consumer", consumer), new("event.type", eventType));
}
