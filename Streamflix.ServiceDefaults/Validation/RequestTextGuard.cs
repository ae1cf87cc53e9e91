using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Validation;

/// <summary>
/// Refuses, with InvalidArgument naming the field, any request whose text holds U+0000. Protobuf
/// strings may carry it, but Postgres text cannot: such a value reached a query as a
/// PostgresException (22021) and the caller saw Unknown or Internal instead of a field error. No field
/// of any contract means NUL, so one check in front of every service replaces a check per field.
/// </summary>
public sealed class RequestTextGuard : Interceptor
{
    public const string Message = "must not contain NUL (U+0000) characters.";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ThrowIfNul(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ThrowIfNul(request);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new GuardedReader<TRequest>(requestStream), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new GuardedReader<TRequest>(requestStream), responseStream, context);

    /// <summary>The dotted path of the first string field holding NUL, or null.</summary>
    public static string? FindNul(IMessage message, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            switch (value)
            {
                case string text when text.Contains('\0', StringComparison.Ordinal):
                    return path;
                case IMessage nested when field.FieldType == FieldType.Message:
                    if (FindNul(nested, path + ".") is { } inner)
                    {
                        return inner;
                    }

                    break;
                case System.Collections.IEnumerable items when field.IsRepeated:
                    foreach (var item in items)
                    {
                        if ((item is string s && s.Contains('\0', StringComparison.Ordinal))
                            || (item is IMessage m && FindNul(m, path + ".") is not null))
                        {
                            return path;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    private static void ThrowIfNul<TRequest>(TRequest request)
    {
        if (request is IMessage message && FindNul(message) is { } field)
        {
            throw FieldErrors.Invalid(field, $"{field} {Message}");
        }
    }

    private sealed class GuardedReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken))
            {
                return false;
            }

            ThrowIfNul(inner.Current);
            return true;
        }
    }
}
