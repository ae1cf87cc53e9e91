using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// Runs unary calls through the gRPC-aware pipeline. Streaming calls get no per-attempt deadline
/// and no retry (a stream cannot be replayed and may rightly run for minutes); they are only
/// refused while the circuit is open. With <paramref name="chaosEnabled"/>, the request's fault
/// rule for this target (<see cref="FaultScope"/>) is handed to the pipeline's chaos strategies.
/// </summary>
public sealed class GrpcResilienceInterceptor(
    ResiliencePipeline pipeline,
    ClientCircuit circuit,
    GrpcClientPolicy policy,
    GrpcMethodIdempotency idempotency,
    TimeProvider timeProvider,
    bool chaosEnabled = false) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var headers = new TaskCompletionSource<Metadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        AsyncUnaryCall<TResponse>? lastAttempt = null;

        async Task<TResponse> Execute()
        {
            var resilienceContext = ResilienceContextPool.Shared.Get(context.Options.CancellationToken);
            resilienceContext.Properties.Set(GrpcResiliencePipeline.IdempotentKey,
                idempotency.IsIdempotent(context.Method.ServiceName, context.Method.Name));
            resilienceContext.Properties.Set(GrpcResiliencePipeline.CallerDeadlineKey, context.Options.Deadline);
            if (chaosEnabled && FaultScope.Current?.RuleFor(circuit.Target) is { } rule)
            {
                resilienceContext.Properties.Set(GrpcResiliencePipeline.FaultRuleKey, rule);
            }

            try
            {
                return await pipeline.ExecuteAsync(async ctx =>
                {
                    var attemptContext = new ClientInterceptorContext<TRequest, TResponse>(
                        context.Method, context.Host, AttemptOptions(context.Options, ctx.CancellationToken));
                    lastAttempt = continuation(request, attemptContext);
                    try
                    {
                        var response = await lastAttempt.ResponseAsync.ConfigureAwait(false);
                        headers.TrySetResult(await lastAttempt.ResponseHeadersAsync.ConfigureAwait(false));
                        return response;
                    }
                    catch (RpcException cancelled) when (cancelled.StatusCode == StatusCode.Cancelled && ctx.CancellationToken.IsCancellationRequested)
                    {
                        // gRPC reports cancellation as a status; Polly's timeout recognises only
                        // OperationCanceledException as "my timer fired".
                        throw new OperationCanceledException(ctx.CancellationToken);
                    }
                }, resilienceContext).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not RpcException)
            {
                var rpc = exception is OperationCanceledException
                    ? new RpcException(new Status(StatusCode.Cancelled, "The caller cancelled the call.", exception))
                    : GrpcResiliencePipeline.ToRpcException(exception, circuit.Target);
                headers.TrySetException(rpc);
                throw rpc;
            }
            catch (Exception exception)
            {
                headers.TrySetException(exception);
                throw;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(resilienceContext);
            }
        }

        var responseTask = Execute();
        return new AsyncUnaryCall<TResponse>(
            responseTask,
            headers.Task,
            // The status the caller was given: a call ended by the interceptor itself (open circuit,
            // total timeout, cancellation) has no attempt that reports it.
            () => responseTask.Exception?.InnerException is RpcException failed
                ? failed.Status
                : lastAttempt?.GetStatus() ?? new Status(StatusCode.Unknown, "The call has not finished."),
            () => lastAttempt?.GetTrailers() ?? [],
            () => lastAttempt?.Dispose());
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
        AsyncUnaryCall(request, context, (r, c) =>
        {
            var response = continuation(r, c);
            return new AsyncUnaryCall<TResponse>(Task.FromResult(response), Task.FromResult(new Metadata()),
                () => Status.DefaultSuccess, () => [], () => { });
        }).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        ThrowIfCircuitOpen();
        return continuation(request, context);
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        ThrowIfCircuitOpen();
        return continuation(context);
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        ThrowIfCircuitOpen();
        return continuation(context);
    }

    private CallOptions AttemptOptions(CallOptions callerOptions, CancellationToken attemptToken)
    {
        var attemptDeadline = timeProvider.GetUtcNow().UtcDateTime + policy.AttemptTimeout;
        var deadline = callerOptions.Deadline is { } callerDeadline && callerDeadline < attemptDeadline
            ? callerDeadline
            : attemptDeadline;
        return callerOptions.WithDeadline(deadline).WithCancellationToken(attemptToken);
    }

    private void ThrowIfCircuitOpen()
    {
        if (circuit.CircuitState is CircuitState.Open or CircuitState.Isolated)
        {
            throw GrpcResiliencePipeline.ToRpcException(new BrokenCircuitException(), circuit.Target);
        }
    }
}
