using Grpc.Core;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// Decides what a gRPC status means for resilience. A failed gRPC call is an HTTP 200 with the
/// status in a trailer, so HTTP-level handlers cannot make these decisions.
/// </summary>
public static class GrpcStatusClassifier
{
    /// <summary>
    /// Unavailable means the request never reached application code, so any call may be sent
    /// again. DeadlineExceeded and ResourceExhausted may have run on the server: only calls that
    /// are safe to repeat (reads) are retried on them.
    /// </summary>
    public static bool IsRetryable(StatusCode status, bool idempotent) => status switch
    {
        StatusCode.Unavailable => true,
        StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted => idempotent,
        _ => false,
    };

    /// <summary>
    /// Whether the status says the service (not the caller) is failing, so the circuit breaker
    /// should count it. A NotFound or InvalidArgument is a healthy service saying no, and so is
    /// ResourceExhausted: services use it to throttle one caller (repeated failed sign-ins), and
    /// opening the circuit on it would refuse every other caller too.
    /// </summary>
    public static bool IsServiceFailure(StatusCode status) => status is
        StatusCode.Unavailable
        or StatusCode.DeadlineExceeded
        or StatusCode.Internal
        or StatusCode.Unknown
        or StatusCode.DataLoss;

    public static bool IsRetryable(Exception exception, bool idempotent) =>
        exception is RpcException rpc && IsRetryable(rpc.StatusCode, idempotent);

    public static bool IsServiceFailure(Exception exception) =>
        exception is RpcException rpc && IsServiceFailure(rpc.StatusCode);
}
