using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.Recommendations.Model;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Recommendations.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses (invalid fields with BadRequest violations), so
/// endpoints stay free of try/catch. Anything unexpected is logged and answered with a generic
/// Internal: its message could expose internals.
/// </summary>
public sealed class RecommendationsErrorInterceptor(ILogger<RecommendationsErrorInterceptor> logger) : Interceptor
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
        catch (RecommendationsValidationException e)
        {
            throw InvalidArgument(e);
        }
        catch (RecommendationsNotFoundException e)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, e.Message));
        }
        catch (DependencyUnavailableException e)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Unavailable, e.Message));
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
                "Recommendations could not be loaded; try again later."));
        }
    }

    public static RpcException InvalidArgument(RecommendationsValidationException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return FieldErrors.Create(StatusCode.InvalidArgument, e.Message, e.Violations.Select(v => (v.Field, v.Message)));
    }
}
