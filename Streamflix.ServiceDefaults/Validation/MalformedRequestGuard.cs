using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Streamflix.ServiceDefaults.Validation;

/// <summary>
/// Refuses a unary gRPC request whose body is not a valid message of the method's request type
/// with InvalidArgument. gRPC deserializes the request before any interceptor runs and reports a
/// parse failure as Unknown ("Exception was thrown by handler"), a server-error class status, for
/// what is the caller's fault. The body (at most the receive limit) is parsed here once with the
/// method's own marshaller and handed on unchanged.
/// </summary>
public sealed class MalformedRequestGuard(RequestDelegate next)
{
    private const int FrameHeaderLength = 5;
    private static readonly ConcurrentDictionary<IMethod, Func<byte[], object>?> Parsers = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method;
        if (method is null || method.Type is not (MethodType.Unary or MethodType.ServerStreaming)
            || context.Request.ContentLength > MaxBodyBytes || Parser(method) is not { } parse)
        {
            await next(context);
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (Problem(body, parse) is { } problem)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString($"The request is not a valid {method.FullName} message: {problem}.");
            return;
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    // gRPC's own receive limit (4 MiB) plus the frame header; larger bodies are left to gRPC's refusal.
    private const long MaxBodyBytes = 4 * 1024 * 1024 + FrameHeaderLength;

    /// <summary>Why the body is not one well-formed, uncompressed request message; null when it is (or is compressed).</summary>
    public static string? Problem(byte[] body, Func<byte[], object> parse)
    {
        if (body.Length < FrameHeaderLength)
        {
            return "the message frame is incomplete";
        }

        if (body[0] != 0)
        {
            return null; // compressed: gRPC decompresses and parses it itself
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length != body.Length - FrameHeaderLength)
        {
            return "the message length does not match the frame";
        }

        try
        {
            parse(body[FrameHeaderLength..]);
            return null;
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException
            || exception.InnerException is InvalidProtocolBufferException)
        {
            return "it is not well-formed protobuf";
        }
    }

    /// <summary>
    /// The request parser gRPC itself uses for <paramref name="method"/>: its marshaller's contextual
    /// deserializer (generated contracts set only that one; the plain byte[] one throws), as a typed
    /// delegate built once per method, so a request costs no reflection.
    /// </summary>
    public static Func<byte[], object>? Parser(IMethod method) => Parsers.GetOrAdd(method, static m =>
    {
        var marshaller = m.GetType().GetProperty("RequestMarshaller", BindingFlags.Public | BindingFlags.Instance)?.GetValue(m);
        var requestType = marshaller?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Marshaller<>)
            ? type.GetGenericArguments()[0]
            : null;
        return requestType is null
            ? null
            : (Func<byte[], object>?)typeof(MalformedRequestGuard).GetMethod(nameof(TypedParser), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(requestType).Invoke(null, [marshaller]);
    });

    private static Func<byte[], object>? TypedParser<TRequest>(Marshaller<TRequest> marshaller)
        where TRequest : class =>
        marshaller.ContextualDeserializer is { } deserialize ? bytes => deserialize(new PayloadContext(bytes)) : null;

    private sealed class PayloadContext(byte[] payload) : DeserializationContext
    {
        public override int PayloadLength => payload.Length;

        public override byte[] PayloadAsNewBuffer() => (byte[])payload.Clone();

        public override System.Buffers.ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(payload);
    }
}
