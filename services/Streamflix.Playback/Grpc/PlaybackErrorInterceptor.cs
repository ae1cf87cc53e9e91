using Grpc.Core;
using Grpc.Core.Interceptors;
using StackExchange.Redis;
using Streamflix.Playback.Model;
using Streamflix.Playback.Telemetry;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Playback.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses (refusals with their ErrorInfo reason, invalid
/// fields with BadRequest violations), so endpoints stay free of try/catch, and counts refusals by
/// reason. Anything unexpected is logged and answered with a generic Internal: its message could
/// expose internals.
/// </summary>
public sealed class PlaybackErrorInterceptor(PlaybackMetrics metrics, ILogger<PlaybackErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (PlaybackRefusedException e)
        {
            metrics.Refused(e.Reason);
            throw PlaybackRefusals.ToRpcException(e);
        }
        catch (PlaybackValidationException e)
        {
            throw InvalidArgument(e);
        }
        catch (PlaybackNotFoundException e)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, e.Message));
        }
        catch (DependencyUnavailableException e)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Unavailable, e.Message));
        }
        catch (RedisException e)
        {
            // Leases and edge heartbeats live in Redis: without it nothing can be granted safely.
            logger.LogWarning("{Method}: Redis failed: {Error}", context.Method, e.Message);
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Unavailable,
                "Playback is temporarily unavailable; please try again in a moment."));
        }
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Method} failed unexpectedly", context.Method);
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Internal,
                "Playback could not complete the request; try again later."));
        }
    }

    public static RpcException InvalidArgument(PlaybackValidationException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return FieldErrors.Create(StatusCode.InvalidArgument, e.Message, e.Violations.Select(v => (v.Field, v.Message)));
    }
}
