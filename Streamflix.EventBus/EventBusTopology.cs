namespace Streamflix.EventBus;

/// <summary>Names of exchanges, queues and headers, and the arguments queues are declared with.</summary>
internal static class EventBusTopology
{
    public const string Exchange = "streamflix.events";
    public const string DeadLetterExchange = "streamflix.events.dlx";
    public const string DeliveryAttemptHeader = "x-delivery-attempt";
    public const string LastErrorHeader = "x-last-error";

    public static string RoutingKeyFor(Type eventType) => eventType.Name;

    public static string RetryQueueFor(string queue) => queue + ".retry";

    public static string DeadLetterQueueFor(string queue) => queue + ".dead";

    public static string DefaultSubscriptionName(string applicationName) => applicationName.ToLowerInvariant();

    /// <summary>
    /// Rejected messages go to the dead-letter exchange under the queue's own name, so each
    /// service's dead letters land in its own <c>.dead</c> queue.
    /// </summary>
    public static Dictionary<string, object?> MainQueueArguments(string queue, byte maxPriority) => new()
    {
        // As an int: the broker accepts any integer type, and a byte would travel as a signed short-short.
        ["x-max-priority"] = (int)maxPriority,
        ["x-dead-letter-exchange"] = DeadLetterExchange,
        ["x-dead-letter-routing-key"] = queue,
    };

    /// <summary>
    /// Messages wait here for their per-message expiration, then the broker dead-letters them
    /// through the default exchange straight back to the main queue: a delay without a plugin.
    /// </summary>
    public static Dictionary<string, object?> RetryQueueArguments(string queue) => new()
    {
        ["x-dead-letter-exchange"] = "",
        ["x-dead-letter-routing-key"] = queue,
    };
}
