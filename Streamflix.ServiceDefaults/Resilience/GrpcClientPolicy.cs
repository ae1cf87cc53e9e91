namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>How calls to one gRPC service are guarded. Bound from <c>GrpcClients:&lt;service&gt;</c>.</summary>
public sealed class GrpcClientPolicy
{
    /// <summary>Deadline of one attempt of a unary call, unless the caller set an earlier one.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bound on a unary call, all attempts and back-off included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public int MaxRetryAttempts { get; set; } = 2;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Share of failing calls within the window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 5;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Bulkhead: calls in flight to this service at once. Beyond it calls queue, and beyond the
    /// queue they are refused at once, so one slow dependency cannot take every thread and socket.
    /// Sized for bench/playback's 200 simultaneous starts over two replicas.
    /// </summary>
    public int BulkheadPermits { get; set; } = 100;

    /// <summary>Calls waiting for a bulkhead permit (within the call's total timeout) before refusal.</summary>
    public int BulkheadQueue { get; set; } = 200;
}
