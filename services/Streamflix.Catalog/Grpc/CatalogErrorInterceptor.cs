using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses with their messages, so endpoints stay free of
/// try/catch and clients see InvalidArgument/NotFound instead of Unknown.
/// </summary>
public sealed class CatalogErrorInterceptor : Interceptor
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
        catch (CatalogValidationException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, e.Message));
        }
        catch (CatalogNotFoundException e)
        {
            throw new RpcException(new Status(StatusCode.NotFound, e.Message));
        }
    }
}
