using Grpc.Core;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests;

/// <summary>
/// Stands in for the network: each unary attempt is answered by <see cref="Respond"/> (given the
/// 1-based attempt number and the options the attempt carried); every attempt is recorded.
/// </summary>
internal sealed class FakeCallInvoker : CallInvoker
{
    private readonly List<Attempt> _attempts = [];
    private readonly Lock _gate = new();

    public Func<int, CallOptions, Task<ThingReply>> Respond { get; set; } = (_, _) => Task.FromResult(new ThingReply());

    public IReadOnlyList<Attempt> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    public int AttemptCount => Attempts.Count;

    public static Func<int, CallOptions, Task<ThingReply>> Always(StatusCode code) =>
        (_, _) => Task.FromException<ThingReply>(new RpcException(new Status(code, "x")));

    public static Func<int, CallOptions, Task<ThingReply>> FailThenSucceed(StatusCode code, int failures, ThingReply reply) =>
        (attempt, _) => attempt <= failures
            ? Task.FromException<ThingReply>(new RpcException(new Status(code, "x")))
            : Task.FromResult(reply);

    /// <summary>Never answers; fails the way Grpc.Net.Client does when the call's token is cancelled.</summary>
    public static Func<int, CallOptions, Task<ThingReply>> HangUntilCancelled() =>
        async (_, options) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, options.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
            }

            throw new InvalidOperationException("unreachable");
        };

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        int number;
        lock (_gate)
        {
            _attempts.Add(new Attempt(method.FullName, options.Deadline, options.CancellationToken, options.Headers));
            number = _attempts.Count;
        }

        Task<ThingReply> outcome;
        try
        {
            outcome = Respond(number, options);
        }
        catch (Exception exception)
        {
            outcome = Task.FromException<ThingReply>(exception);
        }

        var response = (Task<TResponse>)(object)outcome;
        return new AsyncUnaryCall<TResponse>(
            response,
            Task.FromResult(new Metadata()),
            () => StatusOf(response),
            () => [],
            () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        AsyncUnaryCall(method, host, options, request).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        lock (_gate)
        {
            _attempts.Add(new Attempt(method.FullName, options.Deadline, options.CancellationToken, options.Headers));
        }

        var items = new[] { (TResponse)(object)new ThingReply { Id = "1" }, (TResponse)(object)new ThingReply { Id = "2" } };
        return new AsyncServerStreamingCall<TResponse>(
            new ListReader<TResponse>(items),
            Task.FromResult(new Metadata()),
            () => Status.DefaultSuccess,
            () => [],
            () => { });
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    private static Status StatusOf(Task task) => task switch
    {
        { IsCompletedSuccessfully: true } => Status.DefaultSuccess,
        { Exception.InnerException: RpcException rpc } => rpc.Status,
        _ => new Status(StatusCode.Unknown, "not finished"),
    };

    internal sealed record Attempt(string Method, DateTime? Deadline, CancellationToken CancellationToken, Metadata? Headers = null);

    private sealed class ListReader<T>(IReadOnlyList<T> items) : IAsyncStreamReader<T>
    {
        private int _index = -1;

        public T Current => items[_index];

        public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(++_index < items.Count);
    }
}
