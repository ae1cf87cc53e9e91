using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses with their messages, so endpoints stay free of
/// try/catch and clients see InvalidArgument/NotFound instead of Unknown. Anything unexpected is
/// logged and answered with a generic Internal: its message could expose internals.
/// </summary>
public sealed class CatalogErrorInterceptor(ILogger<CatalogErrorInterceptor> logger) : Interceptor
{
    public const string InternalMessage = "The catalog could not complete the request; try again later.";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (CatalogValidationException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, e.Message));
        }
        catch (CatalogNotFoundException e)
        {
            throw new RpcException(new Status(StatusCode.NotFound, e.Message));
        }
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
        }
        catch (Exception e)
        {
            // Left to gRPC, this is Unknown, with the exception's text (SQL, hosts) in Development.
            logger.LogError(e, "{Method} failed unexpectedly", context.Method);
            throw new RpcException(new Status(StatusCode.Internal, InternalMessage));
        }
    }
}
