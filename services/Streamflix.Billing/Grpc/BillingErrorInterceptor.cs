using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.Billing.Model;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Billing.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses with their messages (and field violations a form
/// can show next to its fields), so endpoints stay free of try/catch. Anything unexpected is logged
/// and answered with a generic Internal: its message could expose internals.
/// </summary>
public sealed class BillingErrorInterceptor(ILogger<BillingErrorInterceptor> logger) : Interceptor
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
        catch (BillingValidationException e)
        {
            throw InvalidArgument(e);
        }
        catch (BillingNotFoundException e)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, e.Message));
        }
        catch (BillingPreconditionException e)
        {
            throw e.Field is null
                ? new RpcException(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, e.Message))
                : FieldErrors.Create(StatusCode.FailedPrecondition, e.Field, e.Message);
        }
        catch (PaymentUnavailableException e)
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
                "Billing could not complete the request; try again later."));
        }
    }

    private static RpcException InvalidArgument(BillingValidationException e) =>
        FieldErrors.Create(StatusCode.InvalidArgument, e.Message, e.Violations.Select(v => (v.Field, v.Message)));
}
