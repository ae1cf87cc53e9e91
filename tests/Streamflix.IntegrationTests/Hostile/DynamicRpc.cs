using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Streamflix.IntegrationTests.Hostile;

/// <summary>Calls any unary method from its descriptor, so generated cases need no typed client per RPC.</summary>
public static class DynamicRpc
{
    public static async Task<Status> CallAsync(GrpcChannel channel, MethodDescriptor descriptor, IMessage request, Metadata? headers)
    {
        var method = new Method<IMessage, IMessage>(
            MethodType.Unary,
            descriptor.Service.FullName,
            descriptor.Name,
            Marshallers.Create<IMessage>(message => message.ToByteArray(), descriptor.InputType.Parser.ParseFrom),
            Marshallers.Create<IMessage>(message => message.ToByteArray(), descriptor.OutputType.Parser.ParseFrom));
        return await CallAsync(channel, method, request, headers);
    }

    /// <summary>Raw bytes as the request body: for payloads that are not valid protobuf at all.</summary>
    public static async Task<Status> CallRawAsync(GrpcChannel channel, MethodDescriptor descriptor, byte[] body, Metadata? headers)
    {
        var method = new Method<byte[], byte[]>(
            MethodType.Unary,
            descriptor.Service.FullName,
            descriptor.Name,
            Marshallers.Create<byte[]>(bytes => bytes, bytes => bytes),
            Marshallers.Create<byte[]>(bytes => bytes, bytes => bytes));
        return await CallAsync(channel, method, body, headers);
    }

    private static async Task<Status> CallAsync<TRequest, TResponse>(
        GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, Metadata? headers)
        where TRequest : class where TResponse : class
    {
        // Generous: a refused case answers in milliseconds; only a hang (pg_sleep) would take this long.
        var options = new CallOptions(headers, DateTime.UtcNow.AddSeconds(30));
        try
        {
            using var call = channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, request);
            await call.ResponseAsync;
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }
}
