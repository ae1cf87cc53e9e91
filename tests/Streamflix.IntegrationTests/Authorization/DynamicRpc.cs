using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// Calls any RPC from its descriptor alone (messages as <see cref="IMessage"/>), so the matrix
/// reaches every method the contracts declare, including ones no typed helper was written for.
/// </summary>
public static class DynamicRpc
{
    /// <summary>The call's status: OK, or the code the server (or its auth middleware) answered.</summary>
    public static async Task<Status> CallAsync(GrpcChannel channel, MethodDescriptor rpc, IMessage request, Metadata? headers)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(rpc);
        var method = new Method<IMessage, IMessage>(
            rpc.IsClientStreaming ? MethodType.ClientStreaming : MethodType.Unary,
            rpc.Service.FullName,
            rpc.Name,
            Marshaller(rpc.InputType),
            Marshaller(rpc.OutputType));
        var options = new CallOptions(headers, deadline: DateTime.UtcNow.AddSeconds(30));
        try
        {
            if (rpc.IsServerStreaming)
            {
                throw new NotSupportedException($"{rpc.FullName}: server streaming is not in any contract yet; teach the matrix to call it.");
            }

            if (rpc.IsClientStreaming)
            {
                using var call = channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, options);
                await call.RequestStream.WriteAsync(request);
                await call.RequestStream.CompleteAsync();
                await call.ResponseAsync;
            }
            else
            {
                using var call = channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, request);
                await call.ResponseAsync;
            }

            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    private static Marshaller<IMessage> Marshaller(MessageDescriptor type) =>
        Marshallers.Create(message => message.ToByteArray(), bytes => type.Parser.ParseFrom(bytes));
}
