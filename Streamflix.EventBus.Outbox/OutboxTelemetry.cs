using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Streamflix.EventBus.Outbox;

/// <summary>The relay's counters and gauges; ServiceDefaults exports every "Streamflix.*" meter.</summary>
internal sealed class OutboxTelemetry
{
    public const string Name = "Streamflix.EventBus.Outbox";

    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly ConcurrentDictionary<string, PendingSnapshot> _pending = new(StringComparer.Ordinal);

    public OutboxTelemetry(IMeterFactory meterFactory, TimeProvider time)
    {
        var meter = meterFactory.Create(Name);
        _published = meter.CreateCounter<long>("streamflix.outbox.published", "{message}",
            "Outbox rows published (broker confirmed) and marked published.");
        _publishFailures = meter.CreateCounter<long>("streamflix.outbox.publish_failures", "{attempt}",
            "Failed publishes of outbox rows; each is retried after a backoff.");
        meter.CreateObservableGauge("streamflix.outbox.pending", () => _pending.Select(p =>
                new Measurement<long>(p.Value.Count, new KeyValuePair<string, object?>("outbox", p.Key))),
            "{message}", "Outbox rows not yet published, as last measured.");
        meter.CreateObservableGauge("streamflix.outbox.oldest_pending_age", () => _pending
                .Where(p => p.Value.OldestOccurredAt is not null)
                .Select(p => new Measurement<double>(
                    Math.Max(0, (time.GetUtcNow() - p.Value.OldestOccurredAt!.Value).TotalSeconds),
                    new KeyValuePair<string, object?>("outbox", p.Key))),
            "s", "Age of the oldest outbox row not yet published, as last measured.");
    }

    public void Published(string outbox, string eventType) =>
        _published.Add(1, new KeyValuePair<string, object?>("outbox", outbox), new("event.type", eventType));

    public void PublishFailed(string outbox, string eventType) =>
        _publishFailures.Add(1, new KeyValuePair<string, object?>("outbox", outbox), new("event.type", eventType));

    public void Measured(string outbox, long count, DateTimeOffset? oldestOccurredAt) =>
        _pending[outbox] = new PendingSnapshot(count, oldestOccurredAt);

    public PendingSnapshot? LastMeasured(string outbox) => _pending.TryGetValue(outbox, out var snapshot) ? snapshot : null;

    public sealed record PendingSnapshot(long Count, DateTimeOffset? OldestOccurredAt);
}
