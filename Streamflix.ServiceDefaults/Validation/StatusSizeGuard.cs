using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using RpcStatus = Google.Rpc.Status;

namespace Streamflix.ServiceDefaults.Validation;

/// <summary>
/// Keeps every error a service answers small enough to travel. A status message or a field error
/// that quotes the caller's input can be megabytes long; as the grpc-message trailer (and again
/// inside grpc-status-details-bin) it overflows the caller's header limits, and the caller sees
/// Unavailable or Internal instead of the refusal. Services quote inputs on purpose (a message
/// should name what was wrong), so this one guard in front of all of them trims what is too long,
/// keeping the code and the field names.
/// </summary>
public sealed class StatusSizeGuard : Interceptor
{
    /// <summary>Characters of a status message or a field error's description that are kept.</summary>
    public const int MaxText = 512;

    private const string DetailsTrailer = "grpc-status-details-bin";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException exception) when (IsOversized(exception))
        {
            throw Bounded(exception);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (RpcException exception) when (IsOversized(exception))
        {
            throw Bounded(exception);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (RpcException exception) when (IsOversized(exception))
        {
            throw Bounded(exception);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (RpcException exception) when (IsOversized(exception))
        {
            throw Bounded(exception);
        }
    }

    public static bool IsOversized(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status.Detail.Length > MaxText
            || exception.Trailers.Any(t => t.IsBinary && t.Key == DetailsTrailer && t.ValueBytes.Length > 4 * MaxText);
    }

    /// <summary>The same error with its message and field errors cut to <see cref="MaxText"/> characters.</summary>
    public static RpcException Bounded(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var trailers = new Metadata();
        foreach (var entry in exception.Trailers)
        {
            if (entry.IsBinary && entry.Key == DetailsTrailer)
            {
                if (BoundedDetails(entry.ValueBytes) is { } details)
                {
                    trailers.Add(DetailsTrailer, details);
                }
            }
            else
            {
                trailers.Add(entry);
            }
        }

        var detail = Cut(exception.Status.Detail);
        return new RpcException(new Grpc.Core.Status(exception.StatusCode, detail, exception.Status.DebugException), trailers, detail);
    }

    /// <summary>The rich error model with its texts cut, or null (dropped) when the trailer is not one.</summary>
    private static byte[]? BoundedDetails(byte[] bytes)
    {
        RpcStatus status;
        try
        {
            status = RpcStatus.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException)
        {
            // Not google.rpc.Status: nothing in it can be trimmed safely, and the status code still says enough.
            return bytes.Length > 4 * MaxText ? null : bytes;
        }

        status.Message = Cut(status.Message);
        for (var i = 0; i < status.Details.Count; i++)
        {
            if (status.Details[i].TryUnpack<BadRequest>(out var badRequest))
            {
                foreach (var violation in badRequest.FieldViolations)
                {
                    violation.Field = Cut(violation.Field);
                    violation.Description = Cut(violation.Description);
                }

                status.Details[i] = Google.Protobuf.WellKnownTypes.Any.Pack(badRequest);
            }
        }

        return status.ToByteArray();
    }

    private static string Cut(string text) => text.Length <= MaxText ? text : string.Concat(text.AsSpan(0, MaxText - 1), "…");
}
