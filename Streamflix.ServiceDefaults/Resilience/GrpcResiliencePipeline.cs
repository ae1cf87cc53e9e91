using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// The strategies around one unary gRPC call, outermost first: total timeout, retry (jittered,
/// only for retry-safe statuses), circuit breaker (counting gRPC failures).
/// </summary>
public static class GrpcResiliencePipeline
{
    public static readonly ResiliencePropertyKey<bool> IdempotentKey = new("Streamflix.Grpc.Idempotent");

    public static ResiliencePipelineBuilder Configure(
        ResiliencePipelineBuilder builder,
        GrpcClientPolicy policy,
        CircuitBreakerStateProvider? stateProvider = null,
        string target = "",
        ILogger? logger = null) => builder
        .AddTimeout(new TimeoutStrategyOptions { Timeout = policy.TotalTimeout })
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(policy.MaxRetryAttempts, 1),
            Delay = policy.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(
                policy.MaxRetryAttempts > 0
                && args.Outcome.Exception is { } exception
                && GrpcStatusClassifier.IsRetryable(exception, args.Context.Properties.GetValue(IdempotentKey, false))),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = policy.FailureRatio,
            MinimumThroughput = policy.MinimumThroughput,
            SamplingDuration = policy.SamplingDuration,
            BreakDuration = policy.BreakDuration,
            StateProvider = stateProvider,
            OnOpened = args =>
            {
                logger?.LogWarning("Circuit to {Target} opened for {BreakDuration} after {Outcome}", target, args.BreakDuration, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
            OnHalfOpened = _ =>
            {
                logger?.LogInformation("Circuit to {Target} half-open: probing", target);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                logger?.LogInformation("Circuit to {Target} closed", target);
                return ValueTask.CompletedTask;
            },
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } exception && GrpcStatusClassifier.IsServiceFailure(exception)),
        });

    /// <summary>
    /// Callers see one exception type whatever stopped the call: Polly's rejections become the
    /// gRPC statuses a caller would have got from a failing server.
    /// </summary>
    public static RpcException ToRpcException(Exception exception, string target) => exception switch
    {
        RpcException rpc => rpc,
        BrokenCircuitException => new RpcException(new Status(StatusCode.Unavailable,
            $"Calls to '{target}' are suspended: its circuit is open after repeated failures.", exception)),
        TimeoutRejectedException => new RpcException(new Status(StatusCode.DeadlineExceeded,
            $"'{target}' did not answer within the call's time budget.", exception)),
        _ => new RpcException(new Status(StatusCode.Unavailable, $"Calling '{target}' failed: {exception.Message}", exception)),
    };
}
