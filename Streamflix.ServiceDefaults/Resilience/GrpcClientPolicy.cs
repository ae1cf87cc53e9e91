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
}
