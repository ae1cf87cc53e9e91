namespace Streamflix.EventBus.Outbox;

/// <summary>Bound from the configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// How often the relay looks for pending rows when nothing woke it. A commit through the
    /// service's own DbContext wakes it at once; this catches rows stored by other replicas.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows locked and published in one transaction.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Wait after a row's first failed publish; doubles per further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Published rows older than this are deleted; they are only kept to look into incidents.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the relay deletes published rows past <see cref="Retention"/>.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the pending count and oldest pending age are measured for the gauges.</summary>
    public TimeSpan PendingMeasureInterval { get; set; } = TimeSpan.FromSeconds(5);
}
