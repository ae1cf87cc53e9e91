using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;
using Polly.Timeout;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// The strategies around one unary gRPC call, outermost first: total timeout, bulkhead
/// (concurrency limit + bounded queue), retry (jittered, only for retry-safe statuses), circuit
/// breaker (counting gRPC failures) and, when chaos is enabled, the request's injected faults
/// innermost (under their own attempt timeout), so the breaker and retry see them as real failures.
/// </summary>
public static class GrpcResiliencePipeline
{
    public static readonly ResiliencePropertyKey<bool> IdempotentKey = new("Streamflix.Grpc.Idempotent");

    /// <summary>The request's fault rule for this call's target, set by the interceptor only when chaos is enabled.</summary>
    public static readonly ResiliencePropertyKey<FaultRule?> FaultRuleKey = new("Streamflix.Grpc.FaultRule");

    /// <summary>The caller's own deadline (UTC), if it set one: an injected delay counts against it.</summary>
    public static readonly ResiliencePropertyKey<DateTime?> CallerDeadlineKey = new("Streamflix.Grpc.CallerDeadline");

    public static ResiliencePipelineBuilder Configure(
        ResiliencePipelineBuilder builder,
        GrpcClientPolicy policy,
        ClientCircuit circuit,
        ILogger? logger = null,
        bool chaosEnabled = false)
    {
        var target = circuit.Target;
        builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = policy.TotalTimeout })
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => circuit.Bulkhead.AcquireAsync(1, args.Context.CancellationToken),
                OnRejected = _ =>
                {
                    ResilienceTelemetry.Rejected(circuit);
                    logger?.LogDebug("Bulkhead of {Target} full: call refused", target);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(policy.MaxRetryAttempts, 1),
                Delay = policy.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args =>
                {
                    var idempotent = args.Context.Properties.GetValue(IdempotentKey, false);
                    return ValueTask.FromResult(policy.MaxRetryAttempts > 0 && args.Outcome.Exception switch
                    {
                        RpcException rpc => GrpcStatusClassifier.IsRetryable(rpc, idempotent),
                        // An injected delay outlived the attempt: what a real deadline would say.
                        TimeoutRejectedException => GrpcStatusClassifier.IsRetryable(StatusCode.DeadlineExceeded, idempotent),
                        _ => false,
                    });
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = policy.FailureRatio,
                MinimumThroughput = policy.MinimumThroughput,
                SamplingDuration = policy.SamplingDuration,
                BreakDuration = policy.BreakDuration,
                StateProvider = circuit.State,
                OnOpened = args =>
                {
                    ResilienceTelemetry.Transition(circuit, CircuitState.Open);
                    logger?.LogWarning("Circuit {Client} → {Target} opened for {BreakDuration} after {Outcome}",
                        circuit.Client, target, args.BreakDuration, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    ResilienceTelemetry.Transition(circuit, CircuitState.HalfOpen);
                    logger?.LogInformation("Circuit {Client} → {Target} half-open: probing", circuit.Client, target);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    ResilienceTelemetry.Transition(circuit, CircuitState.Closed);
                    logger?.LogInformation("Circuit {Client} → {Target} closed", circuit.Client, target);
                    return ValueTask.CompletedTask;
                },
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception switch
                {
                    RpcException rpc => GrpcStatusClassifier.IsServiceFailure(rpc),
                    TimeoutRejectedException => true,
                    _ => false,
                }),
            });

        if (chaosEnabled)
        {
            AddInjectedFaults(builder, policy, target);
        }

        return builder;
    }

    private static void AddInjectedFaults(ResiliencePipelineBuilder builder, GrpcClientPolicy policy, string target) => builder
        // The real attempt's deadline is set on the call itself; an injected delay runs before the
        // call starts, so it gets the same budget here (otherwise 2 s of "latency" would be free).
        .AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(AttemptBudget(args.Context, policy)),
        })
        .AddChaosLatency(new ChaosLatencyStrategyOptions
        {
            EnabledGenerator = args => ValueTask.FromResult(RuleOf(args.Context) is { Kind: FaultKind.Latency }),
            InjectionRateGenerator = args => ValueTask.FromResult(RuleOf(args.Context)?.InjectionRate ?? 0),
            LatencyGenerator = args => ValueTask.FromResult(RuleOf(args.Context)?.Latency ?? TimeSpan.Zero),
        })
        .AddChaosFault(new ChaosFaultStrategyOptions
        {
            EnabledGenerator = args => ValueTask.FromResult(RuleOf(args.Context) is { Kind: FaultKind.Error or FaultKind.Abort }),
            InjectionRateGenerator = args => ValueTask.FromResult(RuleOf(args.Context)?.InjectionRate ?? 0),
            FaultGenerator = args => ValueTask.FromResult<Exception?>(RuleOf(args.Context) is { } rule ? InjectedFault(rule, target) : null),
        });

    private static FaultRule? RuleOf(ResilienceContext context) => context.Properties.GetValue(FaultRuleKey, null);

    private static TimeSpan AttemptBudget(ResilienceContext context, GrpcClientPolicy policy)
    {
        var budget = policy.AttemptTimeout;
        if (context.Properties.GetValue(CallerDeadlineKey, null) is { } deadline && deadline != DateTime.MaxValue)
        {
            var left = deadline - DateTime.UtcNow;
            budget = left < budget ? left : budget;
        }

        return budget > TimeSpan.FromMilliseconds(1) ? budget : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>What the caller would see from a failing server or a dropped connection, marked as injected.</summary>
    public static RpcException InjectedFault(FaultRule rule, string target) => rule.Kind switch
    {
        FaultKind.Abort => new RpcException(new Status(StatusCode.Unavailable,
            $"Connection to '{target}' dropped: fault injected by {FaultHeader.Name} ({rule}).",
            new HttpRequestException(HttpRequestError.ConnectionError, "injected abort"))),
        _ => new RpcException(new Status(StatusCode.Unavailable,
            $"'{target}' is unavailable: fault injected by {FaultHeader.Name} ({rule}).")),
    };

    /// <summary>
    /// Callers see one exception type whatever stopped the call: Polly's rejections become the
    /// gRPC statuses a caller would have got from a failing server.
    /// </summary>
    public static RpcException ToRpcException(Exception exception, string target) => exception switch
    {
        RpcException rpc => rpc,
        BrokenCircuitException => new RpcException(new Status(StatusCode.Unavailable,
            $"Calls to '{target}' are suspended: its circuit is open after repeated failures.", exception)),
        RateLimiterRejectedException => new RpcException(new Status(StatusCode.Unavailable,
            $"Too many calls to '{target}' in flight: its bulkhead and queue are full, so this call was refused without being sent.", exception)),
        TimeoutRejectedException => new RpcException(new Status(StatusCode.DeadlineExceeded,
            $"'{target}' did not answer within the call's time budget.", exception)),
        _ => new RpcException(new Status(StatusCode.Unavailable, $"Calling '{target}' failed: {exception.Message}", exception)),
    };
}
