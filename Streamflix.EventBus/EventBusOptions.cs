namespace Streamflix.EventBus;

/// <summary>Bound from the configuration section "EventBus".</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary>
    /// The service's queue. Defaults to the application name lower-cased; the AppHost sets
    /// EventBus__SubscriptionName per service so that two services never share a queue.
    /// </summary>
    public string? SubscriptionName { get; set; }

    /// <summary>Deliveries of one message, the first included, before it is dead-lettered.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Delay before the second attempt; doubles per further attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Unacknowledged messages held at once, which is also how many handlers run concurrently.</summary>
    public ushort PrefetchCount { get; set; } = 8;

    public byte MaxPriority { get; set; } = 9;

    /// <summary>How long a publish waits for the broker's confirm before it fails.</summary>
    public TimeSpan PublishConfirmTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the depth of the service's dead-letter queue is read (gauge and warning).</summary>
    public TimeSpan DeadLetterCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The key callers of the operations endpoints (MapEventBusOperations) send in the
    /// X-Operations-Key header. Unset: the endpoints do not exist (404).
    /// </summary>
    public string? OperationsKey { get; set; }

    /// <summary>How long handlers already running may take to finish when the host stops.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);
}
