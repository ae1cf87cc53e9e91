using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Streamflix.ServiceDefaults.Resilience;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class GrpcResilienceInterceptorTests
{
    private static readonly ThingRequest Request = new() { Id = "42" };

    /// <summary>
    /// Retry tests keep the breaker out of the way (MinimumThroughput 1000): with a low throughput
    /// the breaker, which sits inside the retry, would open between attempts of a single call.
    /// </summary>
    private static GrpcClientPolicy RetryPolicy() => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(30),
        MaxRetryAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        FailureRatio = 0.5,
        MinimumThroughput = 1000,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    /// <summary>No retries, so each call is exactly one outcome for the breaker; opens after 2 failures.</summary>
    private static GrpcClientPolicy BreakerPolicy() => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(30),
        MaxRetryAttempts = 0,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        FailureRatio = 0.5,
        MinimumThroughput = 2,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task Unavailable_is_retried_then_surfaces()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Unavailable);

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.CreateThingAsync(Request).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(1 + h.Policy.MaxRetryAttempts, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task Success_on_second_attempt_returns_the_response()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.FailThenSucceed(StatusCode.Unavailable, failures: 1, new ThingReply { Id = "42", Name = "second" });

        var call = h.Client.GetThingAsync(Request);
        var reply = await call.ResponseAsync;

        Assert.Equal("second", reply.Name);
        Assert.Equal(2, h.Fake.AttemptCount);
        Assert.NotNull(await call.ResponseHeadersAsync);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public void Blocking_calls_are_retried_too()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.FailThenSucceed(StatusCode.Unavailable, failures: 1, new ThingReply { Name = "blocking" });

        var reply = h.Client.CreateThing(Request);

        Assert.Equal("blocking", reply.Name);
        Assert.Equal(2, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task No_retry_when_MaxRetryAttempts_is_zero()
    {
        var policy = RetryPolicy();
        policy.MaxRetryAttempts = 0;
        var h = new Harness(policy);
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Unavailable);

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(1, h.Fake.AttemptCount);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.Internal)]
    public async Task Non_retryable_statuses_surface_after_one_attempt_even_for_idempotent_methods(StatusCode code)
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(code);

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        Assert.Equal(code, exception.StatusCode);
        Assert.Equal(1, h.Fake.AttemptCount);
    }

    [Theory]
    [InlineData(nameof(Things.ThingsClient.GetThingAsync), StatusCode.DeadlineExceeded, 3)]    // NO_SIDE_EFFECTS
    [InlineData(nameof(Things.ThingsClient.PutThingAsync), StatusCode.DeadlineExceeded, 3)]    // IDEMPOTENT
    [InlineData(nameof(Things.ThingsClient.CreateThingAsync), StatusCode.DeadlineExceeded, 1)] // no option
    [InlineData(nameof(Things.ThingsClient.GetThingAsync), StatusCode.ResourceExhausted, 3)]
    [InlineData(nameof(Things.ThingsClient.CreateThingAsync), StatusCode.ResourceExhausted, 1)]
    [InlineData(nameof(Things.ThingsClient.CreateThingAsync), StatusCode.Unavailable, 3)]
    public async Task DeadlineExceeded_and_ResourceExhausted_are_retried_only_for_idempotent_methods(
        string method, StatusCode code, int expectedAttempts)
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(code);

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Call(method).ResponseAsync);

        Assert.Equal(code, exception.StatusCode);
        Assert.Equal(expectedAttempts, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task Each_attempt_gets_its_own_deadline_of_now_plus_AttemptTimeout()
    {
        var h = new Harness(RetryPolicy());
        var start = h.Clock.Now;
        h.Fake.Respond = (attempt, _) =>
        {
            h.Clock.Now += TimeSpan.FromSeconds(1); // time passes during each attempt
            return FakeCallInvoker.Always(StatusCode.Unavailable)(attempt, default);
        };

        await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        var deadlines = h.Fake.Attempts.Select(a => a.Deadline).ToList();
        Assert.Equal(
        [
            start.UtcDateTime + h.Policy.AttemptTimeout,
            start.UtcDateTime + TimeSpan.FromSeconds(1) + h.Policy.AttemptTimeout,
            start.UtcDateTime + TimeSpan.FromSeconds(2) + h.Policy.AttemptTimeout,
        ], deadlines);
    }

    [Fact]
    public async Task Attempt_deadline_is_bounded_by_the_real_clock()
    {
        var h = new Harness(RetryPolicy(), TimeProvider.System);

        var before = DateTime.UtcNow;
        await h.Client.GetThingAsync(Request);
        var after = DateTime.UtcNow;

        var deadline = Assert.Single(h.Fake.Attempts).Deadline;
        Assert.NotNull(deadline);
        Assert.InRange(deadline.Value, before + h.Policy.AttemptTimeout, after + h.Policy.AttemptTimeout);
    }

    [Fact]
    public async Task An_earlier_caller_deadline_is_kept()
    {
        var h = new Harness(RetryPolicy());
        var callerDeadline = h.Clock.Now.UtcDateTime + TimeSpan.FromMilliseconds(500);

        await h.Client.GetThingAsync(Request, deadline: callerDeadline);

        Assert.Equal(callerDeadline, Assert.Single(h.Fake.Attempts).Deadline);
    }

    [Fact]
    public async Task A_later_caller_deadline_is_shortened_to_the_attempt_timeout()
    {
        var h = new Harness(RetryPolicy());
        var callerDeadline = h.Clock.Now.UtcDateTime + TimeSpan.FromMinutes(5);

        await h.Client.GetThingAsync(Request, deadline: callerDeadline);

        Assert.Equal(h.Clock.Now.UtcDateTime + h.Policy.AttemptTimeout, Assert.Single(h.Fake.Attempts).Deadline);
    }

    [Fact]
    public async Task A_call_exceeding_the_total_timeout_surfaces_as_DeadlineExceeded()
    {
        var policy = RetryPolicy();
        policy.TotalTimeout = TimeSpan.FromMilliseconds(100);
        var h = new Harness(policy);
        h.Fake.Respond = FakeCallInvoker.HangUntilCancelled();

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, exception.StatusCode);
        Assert.Equal(1, h.Fake.AttemptCount);
    }

    [Theory]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task After_enough_service_failures_the_circuit_opens_and_calls_fail_fast(StatusCode code)
    {
        var h = new Harness(BreakerPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(code);

        for (var i = 0; i < 2; i++)
        {
            var failure = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            Assert.Equal(code, failure.StatusCode);
        }

        Assert.Equal(CircuitState.Open, h.State.CircuitState);
        var attemptsBefore = h.Fake.AttemptCount;
        h.Fake.Respond = (_, _) => Task.FromResult(new ThingReply { Name = "healthy again" });

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Contains("circuit", exception.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("things", exception.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(attemptsBefore, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task A_call_refused_by_the_open_circuit_reports_Unavailable_through_every_accessor()
    {
        var h = new Harness(BreakerPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Internal);
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
        }

        using var call = h.Client.GetThingAsync(Request);
        var exception = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        var headersException = await Assert.ThrowsAsync<RpcException>(() => call.ResponseHeadersAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(StatusCode.Unavailable, headersException.StatusCode);
        Assert.Equal(exception.Status, call.GetStatus());
        Assert.Empty(call.GetTrailers());
    }

    [Fact]
    public async Task A_call_stopped_by_the_total_timeout_reports_DeadlineExceeded_as_its_status()
    {
        var policy = RetryPolicy();
        policy.TotalTimeout = TimeSpan.FromMilliseconds(100);
        var h = new Harness(policy);
        h.Fake.Respond = FakeCallInvoker.HangUntilCancelled();

        using var call = h.Client.GetThingAsync(Request);
        var exception = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, exception.StatusCode);
        Assert.Equal(StatusCode.DeadlineExceeded, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task A_failed_call_reports_the_status_of_its_last_attempt()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Unavailable);

        using var call = h.Client.GetThingAsync(Request);
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task The_circuit_opening_between_retries_stops_further_attempts()
    {
        var policy = RetryPolicy();
        policy.MinimumThroughput = 2;
        var h = new Harness(policy);
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Unavailable);

        var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);

        // Two failed attempts open the circuit; the third attempt is refused by the breaker.
        Assert.Equal(2, h.Fake.AttemptCount);
        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Contains("circuit", exception.Status.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.FailedPrecondition)]
    public async Task Client_errors_never_open_the_circuit(StatusCode code)
    {
        var h = new Harness(BreakerPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(code);

        for (var i = 0; i < 10; i++)
        {
            var exception = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            Assert.Equal(code, exception.StatusCode);
        }

        Assert.Equal(CircuitState.Closed, h.State.CircuitState);
        h.Fake.Respond = (_, _) => Task.FromResult(new ThingReply { Name = "ok" });
        Assert.Equal("ok", (await h.Client.GetThingAsync(Request)).Name);
        Assert.Equal(11, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task Server_streaming_calls_go_through_once_without_an_added_deadline()
    {
        var h = new Harness(RetryPolicy());

        using var call = h.Client.WatchThings(Request);
        var ids = new List<string>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            ids.Add(call.ResponseStream.Current.Id);
        }

        Assert.Equal(["1", "2"], ids);
        var attempt = Assert.Single(h.Fake.Attempts);
        Assert.Null(attempt.Deadline);
    }

    [Fact]
    public void Server_streaming_calls_keep_the_caller_deadline_unchanged()
    {
        var h = new Harness(RetryPolicy());
        var callerDeadline = h.Clock.Now.UtcDateTime + TimeSpan.FromMinutes(30);

        using var call = h.Client.WatchThings(Request, deadline: callerDeadline);

        Assert.Equal(callerDeadline, Assert.Single(h.Fake.Attempts).Deadline);
    }

    [Fact]
    public async Task Server_streaming_calls_are_refused_while_the_circuit_is_open()
    {
        var h = new Harness(BreakerPolicy());
        h.Fake.Respond = FakeCallInvoker.Always(StatusCode.Internal);
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
        }

        var attemptsBefore = h.Fake.AttemptCount;

        var exception = Assert.Throws<RpcException>(() => h.Client.WatchThings(Request));

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Contains("circuit", exception.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(attemptsBefore, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task Caller_cancellation_surfaces_as_Cancelled_and_is_not_retried()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.HangUntilCancelled();
        using var cancellation = new CancellationTokenSource();

        var call = h.Client.GetThingAsync(Request, cancellationToken: cancellation.Token);
        await WaitUntil(() => h.Fake.AttemptCount == 1);
        await cancellation.CancelAsync();

        var exception = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
        await Task.Delay(50);
        Assert.Equal(1, h.Fake.AttemptCount);
        Assert.Equal(CircuitState.Closed, h.State.CircuitState);
    }

    [Fact]
    public async Task A_call_cancelled_before_it_starts_surfaces_as_Cancelled_without_retries()
    {
        var h = new Harness(RetryPolicy());
        h.Fake.Respond = FakeCallInvoker.HangUntilCancelled();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exception = await Assert.ThrowsAsync<RpcException>(
            () => h.Client.GetThingAsync(Request, cancellationToken: cancellation.Token).ResponseAsync);

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
        Assert.InRange(h.Fake.AttemptCount, 0, 1);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    private sealed class Harness
    {
        public Harness(GrpcClientPolicy policy, TimeProvider? timeProvider = null)
        {
            Policy = policy;
            Circuit = new ClientCircuit("tests", "things", policy);
            var pipeline = GrpcResiliencePipeline.Configure(new ResiliencePipelineBuilder(), policy, Circuit).Build();
            var interceptor = new GrpcResilienceInterceptor(
                pipeline, Circuit, policy, new GrpcMethodIdempotency(ResilienceTestReflection.Descriptor),
                timeProvider ?? Clock);
            Client = new Things.ThingsClient(Fake.Intercept(interceptor));
        }

        public FakeCallInvoker Fake { get; } = new();

        public ClientCircuit Circuit { get; }

        public CircuitBreakerStateProvider State => Circuit.State;

        public ManualClock Clock { get; } = new(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

        public GrpcClientPolicy Policy { get; }

        public Things.ThingsClient Client { get; }

        public AsyncUnaryCall<ThingReply> Call(string method) => method switch
        {
            nameof(Things.ThingsClient.GetThingAsync) => Client.GetThingAsync(Request),
            nameof(Things.ThingsClient.PutThingAsync) => Client.PutThingAsync(Request),
            nameof(Things.ThingsClient.CreateThingAsync) => Client.CreateThingAsync(Request),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
    }

    internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
