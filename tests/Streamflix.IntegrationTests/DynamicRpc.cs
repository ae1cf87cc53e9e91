using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Calls any RPC from its descriptor alone, so the authorization matrix and the hostile-input cases
/// reach every method the contracts declare without a typed client per RPC. Unary and
/// client-streaming (one message, then complete); the answer is the call's status.
/// </summary>
public static class DynamicRpc
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create<byte[]>(bytes => bytes, bytes => bytes);

    /// <summary>A request message; the reply is parsed as the method's output type.</summary>
    public static Task<Status> CallAsync(GrpcChannel channel, MethodDescriptor rpc, IMessage request, Metadata? headers)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        return CallAsync(channel, rpc, request, Message(rpc.InputType), Message(rpc.OutputType), headers);
    }

    /// <summary>Raw bytes as the request body: for payloads that are not valid protobuf at all.</summary>
    public static Task<Status> CallRawAsync(GrpcChannel channel, MethodDescriptor rpc, byte[] body, Metadata? headers) =>
        CallAsync(channel, rpc, body, Bytes, Bytes, headers);

    private static async Task<Status> CallAsync<TRequest, TResponse>(
        GrpcChannel channel, MethodDescriptor rpc, TRequest request, Marshaller<TRequest> requests, Marshaller<TResponse> responses, Metadata? headers)
        where TRequest : class where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(rpc);
        if (rpc.IsServerStreaming)
        {
            throw new NotSupportedException($"{rpc.FullName}: server streaming is not in any contract yet; teach DynamicRpc to call it.");
        }

        var method = new Method<TRequest, TResponse>(
            rpc.IsClientStreaming ? MethodType.ClientStreaming : MethodType.Unary, rpc.Service.FullName, rpc.Name, requests, responses);
        // Generous: a refused call answers in milliseconds; only a hang (pg_sleep) would take this long.
        var options = new CallOptions(headers, DateTime.UtcNow.AddSeconds(30));
        var invoker = channel.CreateCallInvoker();
        try
        {
            if (rpc.IsClientStreaming)
            {
                using var call = invoker.AsyncClientStreamingCall(method, null, options);
                await ClientStreams.SendAllAsync(call, [request]);
                await call.ResponseAsync;
            }
            else
            {
                using var call = invoker.AsyncUnaryCall(method, null, options, request);
                await call.ResponseAsync;
            }

            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    private static Marshaller<IMessage> Message(MessageDescriptor type) =>
        Marshallers.Create<IMessage>(message => message.ToByteArray(), type.Parser.ParseFrom);
}
