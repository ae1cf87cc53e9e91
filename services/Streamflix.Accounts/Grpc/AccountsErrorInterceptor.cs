using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.Accounts.Model;
using Streamflix.ServiceDefaults.Auth;
using GrpcStatus = Grpc.Core.Status;

namespace Streamflix.Accounts.Grpc;

/// <summary>
/// Turns the model's refusals into gRPC statuses (field errors as google.rpc.BadRequest, so the
/// site can mark the field), and anything unexpected into Internal with a generic message: the
/// details go to the log, never to the caller.
/// </summary>
public sealed class AccountsErrorInterceptor(ILogger<AccountsErrorInterceptor> logger) : Interceptor
{
    public const string InternalMessage = "The accounts service failed to handle the request; try again later.";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e)
        {
            throw Translate(e, context, logger);
        }
    }

    internal static RpcException Translate(Exception exception, ServerCallContext context, ILogger logger) => exception switch
    {
        RpcException rpc => rpc,
        AccountValidationException invalid => InvalidArgument(invalid.Problems),
        AccountConflictException conflict => FieldErrors.Create(StatusCode.AlreadyExists, conflict.Field, conflict.Message),
        AccountNotFoundException notFound => new RpcException(new GrpcStatus(StatusCode.NotFound, notFound.Message)),
        AccountRuleException rule => new RpcException(new GrpcStatus(StatusCode.FailedPrecondition, rule.Message)),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
            new RpcException(new GrpcStatus(StatusCode.Cancelled, "The call was cancelled.")),
        _ => Unexpected(exception, context, logger),
    };

    private static RpcException InvalidArgument(IReadOnlyList<FieldMessage> problems) =>
        FieldErrors.Create(StatusCode.InvalidArgument, string.Join(" ", problems.Select(p => p.Message)),
            problems.Select(p => (p.Field, p.Message)));

    private static RpcException Unexpected(Exception exception, ServerCallContext context, ILogger logger)
    {
        logger.LogError(exception, "Unexpected failure in {Method}", context.Method);
        return new RpcException(new GrpcStatus(StatusCode.Internal, InternalMessage));
    }
}
