using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests.Chaos;

public sealed class FaultScopeTests
{
    private static FaultScenario Scenario(string header) => FaultScenarioParser.Parse(header).Scenario!;

    [Fact]
    public async Task The_scope_follows_awaits_and_tasks_and_ends_when_disposed()
    {
        var scenario = Scenario("catalog=error");
        using (FaultScope.Begin(scenario))
        {
            await Task.Yield();
            Assert.Same(scenario, FaultScope.Current);
            Assert.Same(scenario, await Task.Run(() => FaultScope.Current));
        }

        Assert.Null(FaultScope.Current);
    }

    [Fact]
    public async Task Concurrent_requests_do_not_see_each_others_scenario()
    {
        using var bothInside = new Barrier(2);
        async Task<FaultScenario?> Request(string header)
        {
            await Task.Yield();
            using (FaultScope.Begin(Scenario(header)))
            {
                bothInside.SignalAndWait(TimeSpan.FromSeconds(10));
                await Task.Delay(1);
                return FaultScope.Current;
            }
        }

        var results = await Task.WhenAll(Task.Run(() => Request("catalog=error")), Task.Run(() => Request("billing=abort")));

        Assert.Equal("catalog", results[0]!.Rules[0].Target);
        Assert.Equal("billing", results[1]!.Rules[0].Target);
    }

    [Fact]
    public async Task The_middleware_makes_the_header_the_requests_scope_and_skips_bad_rules()
    {
        FaultScenario? seen = null;
        var middleware = new FaultScopeMiddleware(_ => { seen = FaultScope.Current; return Task.CompletedTask; },
            NullLogger<FaultScopeMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Headers[FaultHeader.Name] = "catalog=latency:2000;bogus;billing=error@50";

        await middleware.InvokeAsync(context);

        Assert.Equal("catalog=latency:2000;billing=error@50", seen!.ToHeaderValue());
        Assert.Null(FaultScope.Current);
    }

    [Fact]
    public async Task A_header_with_nothing_valid_leaves_the_request_without_a_scenario()
    {
        var reached = false;
        var middleware = new FaultScopeMiddleware(_ => { reached = true; Assert.Null(FaultScope.Current); return Task.CompletedTask; },
            NullLogger<FaultScopeMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Headers[FaultHeader.Name] = "%%%";

        await middleware.InvokeAsync(context);

        Assert.True(reached);
    }

    [Theory]
    [InlineData(true, "catalog=error")]
    [InlineData(false, null)]
    public async Task Outgoing_grpc_calls_carry_the_scenario_only_when_chaos_is_enabled(bool enabled, string? expected)
    {
        var fake = new FakeCallInvoker();
        var client = new Things.ThingsClient(fake.Intercept(new FaultHeaderInterceptor(enabled)));

        using (FaultScope.Begin(Scenario("catalog=error")))
        {
            await client.GetThingAsync(new ThingRequest(), new Metadata { { FaultHeader.Name, "stale=abort" }, { "authorization", "Bearer x" } });
        }

        var headers = fake.Attempts.Single().Headers!;
        Assert.Equal(expected ?? "stale=abort", headers.GetValue(FaultHeader.Name));
        Assert.Equal("Bearer x", headers.GetValue("authorization"));
    }

    [Fact]
    public async Task Outgoing_http_calls_carry_the_scenario_and_matching_hosts_get_the_fault()
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new FaultInjectionHandler(Options.Create(new ChaosOptions { Enabled = true })) { InnerHandler = inner });

        HttpResponseMessage toOrigin, toEdge;
        using (FaultScope.Begin(Scenario("origin=error")))
        {
            toOrigin = await client.GetAsync("http://origin/media/x");
            toEdge = await client.GetAsync("http://_http.edge-1/health");
        }

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, toOrigin.StatusCode);
        Assert.Contains("injected", await toOrigin.Content.ReadAsStringAsync());
        var forwarded = Assert.Single(inner.Requests);
        Assert.Equal("edge-1", FaultInjectionHandler.TargetOf(forwarded.RequestUri!));
        Assert.Equal("origin=error", Assert.Single(forwarded.Headers.GetValues(FaultHeader.Name)));
        Assert.Equal(System.Net.HttpStatusCode.OK, toEdge.StatusCode);
    }

    [Fact]
    public async Task An_aborted_http_call_fails_like_a_dropped_connection()
    {
        using var client = new HttpClient(new FaultInjectionHandler(Options.Create(new ChaosOptions { Enabled = true })) { InnerHandler = new RecordingHandler() });

        using (FaultScope.Begin(Scenario("origin=abort")))
        {
            var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("http://origin/media/x"));
            Assert.Equal(HttpRequestError.ConnectionError, failure.HttpRequestError);
        }
    }

    [Fact]
    public async Task With_chaos_disabled_http_calls_are_untouched()
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new FaultInjectionHandler(Options.Create(new ChaosOptions { Enabled = false })) { InnerHandler = inner });

        using (FaultScope.Begin(Scenario("origin=error")))
        {
            var response = await client.GetAsync("http://origin/media/x");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        Assert.False(Assert.Single(inner.Requests).Headers.Contains(FaultHeader.Name));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request });
        }
    }
}
