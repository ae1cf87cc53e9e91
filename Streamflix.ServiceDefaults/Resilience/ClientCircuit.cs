using System.Threading.RateLimiting;
using Polly.CircuitBreaker;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// The guards of one caller → target client that outlive any single call: the breaker's state
/// and the bulkhead. Read by metrics and instance reports.
/// </summary>
public sealed class ClientCircuit(string client, string target, GrpcClientPolicy policy) : IDisposable
{
    private long _rejected;

    public string Client { get; } = client;

    public string Target { get; } = target;

    public int BulkheadPermits { get; } = Math.Max(1, policy.BulkheadPermits);

    public CircuitBreakerStateProvider State { get; } = new();

    public ConcurrencyLimiter Bulkhead { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, policy.BulkheadPermits),
        QueueLimit = Math.Max(0, policy.BulkheadQueue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public CircuitState CircuitState => State.CircuitState;

    public int BulkheadInUse => BulkheadPermits - (int)(Bulkhead.GetStatistics()?.CurrentAvailablePermits ?? BulkheadPermits);

    public int BulkheadQueued => (int)(Bulkhead.GetStatistics()?.CurrentQueuedCount ?? 0);

    /// <summary>Calls refused by the bulkhead since the process started.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    internal void CountRejection() => Interlocked.Increment(ref _rejected);

    public void Dispose() => Bulkhead.Dispose();
}
