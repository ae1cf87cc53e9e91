using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Resilience;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests.Chaos;

/// <summary>The gRPC client pipeline with the request's faults, the bulkhead and the breaker together.</summary>
public sealed class ChaosPipelineTests
{
    private static readonly ThingRequest Request = new() { Id = "42" };

    /// <summary>No retries, so each call is one outcome for the breaker; opens after 2 failures of 2.</summary>
    private static GrpcClientPolicy Policy(int permits = 10, int queue = 10, int attemptMs = 300) => new()
    {
        AttemptTimeout = TimeSpan.FromMilliseconds(attemptMs),
        TotalTimeout = TimeSpan.FromSeconds(30),
        MaxRetryAttempts = 0,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        FailureRatio = 0.5,
        MinimumThroughput = 2,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(30),
        BulkheadPermits = permits,
        BulkheadQueue = queue,
    };

    private static FaultScope.Restore Faults(string header) => FaultScope.Begin(FaultScenarioParser.Parse(header).Scenario);

    [Fact]
    public async Task Injected_errors_fail_calls_without_reaching_the_service_and_open_the_breaker()
    {
        var h = new Harness(Policy());
        using (Faults("things=error"))
        {
            for (var i = 0; i < 2; i++)
            {
                var injected = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
                Assert.Equal(StatusCode.Unavailable, injected.StatusCode);
                Assert.Contains("injected", injected.Status.Detail);
            }
        }

        Assert.Equal(0, h.Fake.AttemptCount);
        Assert.Equal(CircuitState.Open, h.Circuit.CircuitState);
        // Now even a call without faults is refused until the break ends.
        var refused = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
        Assert.Contains("circuit is open", refused.Status.Detail);
    }

    [Fact]
    public async Task An_injected_abort_looks_like_a_dropped_connection()
    {
        var h = new Harness(Policy());
        using (Faults("things=abort"))
        {
            var aborted = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, aborted.StatusCode);
            Assert.Contains("dropped", aborted.Status.Detail);
        }
    }

    [Fact]
    public async Task Injected_latency_counts_against_the_attempts_deadline()
    {
        var h = new Harness(Policy());
        using (Faults("things=latency:60000"))
        {
            var late = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            Assert.Equal(StatusCode.DeadlineExceeded, late.StatusCode);
        }

        Assert.Equal(0, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task Faults_for_another_target_leave_this_client_alone()
    {
        var h = new Harness(Policy());
        h.Fake.Respond = (_, _) => Task.FromResult(new ThingReply { Name = "real" });
        using (Faults("billing=latency:60000;catalog=error"))
        {
            var reply = await h.Client.GetThingAsync(Request).ResponseAsync;
            Assert.Equal("real", reply.Name);
        }

        Assert.Equal(1, h.Fake.AttemptCount);
    }

    [Fact]
    public async Task With_chaos_disabled_a_fault_header_has_no_effect()
    {
        var h = new Harness(Policy(), chaosEnabled: false);
        h.Fake.Respond = (_, _) => Task.FromResult(new ThingReply { Name = "real" });
        using (Faults("things=error"))
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal("real", (await h.Client.GetThingAsync(Request).ResponseAsync).Name);
            }
        }

        Assert.Equal(3, h.Fake.AttemptCount);
        Assert.Equal(CircuitState.Closed, h.Circuit.CircuitState);
    }

    [Fact]
    public async Task A_full_bulkhead_refuses_at_once_and_the_breaker_does_not_count_it()
    {
        // A long attempt budget: the held call must keep its permit until the test lets it go.
        var h = new Harness(Policy(permits: 1, queue: 1, attemptMs: 60_000));
        h.Fake.Respond = FakeCallInvoker.HangUntilCancelled();
        using var hold = new CancellationTokenSource();
        var first = h.Client.GetThingAsync(Request, cancellationToken: hold.Token).ResponseAsync;
        await WaitUntil(() => h.Fake.AttemptCount == 1);
        var queued = h.Client.GetThingAsync(Request, cancellationToken: hold.Token).ResponseAsync;
        await WaitUntil(() => h.Circuit.BulkheadQueued == 1);

        for (var i = 0; i < 3; i++)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
            Assert.Contains("bulkhead", refused.Status.Detail);
        }

        Assert.Equal(1, h.Circuit.BulkheadInUse);
        Assert.Equal(3, h.Circuit.Rejected);
        Assert.Equal(CircuitState.Closed, h.Circuit.CircuitState);
        Assert.Equal(1, h.Fake.AttemptCount);

        await hold.CancelAsync();
        await Assert.ThrowsAsync<RpcException>(() => first);
        await Assert.ThrowsAsync<RpcException>(() => queued);
        await WaitUntil(() => h.Circuit.BulkheadInUse == 0);
    }

    [Fact]
    public async Task Circuit_states_are_reported_with_the_contracts_names_and_numbers()
    {
        var h = new Harness(Policy());
        Assert.Equal(("closed", 0), (CircuitStates.ToText(h.Circuit.CircuitState), CircuitStates.ToMetric(h.Circuit.CircuitState)));

        using (Faults("things=error"))
        {
            await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
            await Assert.ThrowsAsync<RpcException>(() => h.Client.GetThingAsync(Request).ResponseAsync);
        }

        Assert.Equal(("open", 2), (CircuitStates.ToText(h.Circuit.CircuitState), CircuitStates.ToMetric(h.Circuit.CircuitState)));
        Assert.Equal("half-open", CircuitStates.ToText(CircuitState.HalfOpen));
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
        public Harness(GrpcClientPolicy policy, bool chaosEnabled = true)
        {
            Circuit = new ClientCircuit("tests", "things", policy);
            var pipeline = GrpcResiliencePipeline.Configure(new ResiliencePipelineBuilder(), policy, Circuit, chaosEnabled: chaosEnabled).Build();
            var interceptor = new GrpcResilienceInterceptor(pipeline, Circuit, policy,
                new GrpcMethodIdempotency(ResilienceTestReflection.Descriptor), TimeProvider.System, chaosEnabled);
            Client = new Things.ThingsClient(Fake.Intercept(interceptor));
        }

        public FakeCallInvoker Fake { get; } = new();

        public ClientCircuit Circuit { get; }

        public Things.ThingsClient Client { get; }
    }
}
