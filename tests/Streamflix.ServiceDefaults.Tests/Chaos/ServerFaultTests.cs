using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.ServiceDefaults.Tests.Chaos;

public sealed class ServerFaultTests
{
    [Fact]
    public void A_latency_request_becomes_the_stored_json_of_the_contract()
    {
        Assert.True(ServerFaultRequest.TryParse("latency", "2000", "100", "30", out var fault, out var duration, out _));

        Assert.Equal(TimeSpan.FromSeconds(30), duration);
        Assert.Equal("""{"kind":"latency","latencyMs":2000,"percent":100}""", fault.ToJson());
        Assert.Equal(fault, ServerFault.FromJson(fault.ToJson()));
    }

    [Fact]
    public void An_error_request_defaults_to_every_request_for_30_seconds()
    {
        Assert.True(ServerFaultRequest.TryParse("error", null, null, null, out var fault, out var duration, out _));

        Assert.Equal(new ServerFault("error", 0, 100), fault);
        Assert.Equal(TimeSpan.FromSeconds(ServerFaultRequest.DefaultSeconds), duration);
    }

    [Theory]
    [InlineData("explode", null, null, null, "kind")]
    [InlineData(null, null, null, null, "kind")]
    [InlineData("latency", null, null, null, "latencyMs")]
    [InlineData("latency", "0", null, null, "latencyMs")]
    [InlineData("latency", "abc", null, null, "latencyMs")]
    [InlineData("error", "100", null, null, "latencyMs")]
    [InlineData("error", null, "0", null, "percent")]
    [InlineData("error", null, "101", null, "percent")]
    [InlineData("error", null, null, "0", "seconds")]
    [InlineData("error", null, null, "86400", "seconds")]
    public void Bad_input_names_the_field(string? kind, string? latencyMs, string? percent, string? seconds, string field)
    {
        Assert.False(ServerFaultRequest.TryParse(kind, latencyMs, percent, seconds, out _, out _, out var errors));

        Assert.Contains(field, errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"kind":"melt","latencyMs":1,"percent":100}""")]
    [InlineData("""{"kind":"error","latencyMs":0,"percent":300}""")]
    public void A_damaged_key_is_no_fault(string json) => Assert.Null(ServerFault.FromJson(json));

    [Theory]
    [InlineData("/health", true)]
    [InlineData("/alive", true)]
    [InlineData("/chaos", true)]
    [InlineData("/chaos/inject", true)]
    [InlineData("/operations/instances", true)]
    [InlineData("/streamflix.catalog.v1.CatalogService/GetTitle", false)]
    [InlineData("/", false)]
    [InlineData("/healthy-titles", false)]
    public void Probes_and_control_paths_are_exempt(string path, bool exempt) =>
        Assert.Equal(exempt, ServerFaultMiddleware.IsExempt(path));

    [Fact]
    public async Task An_error_fault_answers_http_with_503_and_grpc_with_Unavailable()
    {
        var (middleware, monitor) = Middleware(out var reached);
        monitor.Apply(new ServerFault("error", 0, 100));

        var http = new DefaultHttpContext();
        http.Request.Path = "/";
        await middleware.InvokeAsync(http);

        var grpc = new DefaultHttpContext();
        grpc.Request.Path = "/streamflix.catalog.v1.CatalogService/ListGenres";
        grpc.Request.ContentType = "application/grpc";
        await middleware.InvokeAsync(grpc);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("14", grpc.Response.Headers["grpc-status"].ToString());
        Assert.Contains("streamflix%3Achaos%3Acatalog", grpc.Response.Headers["grpc-message"].ToString());
        Assert.False(reached());
    }

    [Fact]
    public async Task Health_passes_through_a_fault_and_nothing_is_applied_without_one()
    {
        var (middleware, monitor) = Middleware(out var reached);
        var plain = new DefaultHttpContext();
        plain.Request.Path = "/";
        await middleware.InvokeAsync(plain);
        Assert.True(reached());

        monitor.Apply(new ServerFault("error", 0, 100));
        var health = new DefaultHttpContext();
        health.Request.Path = "/health";
        await middleware.InvokeAsync(health);

        Assert.Equal(StatusCodes.Status200OK, health.Response.StatusCode);
    }

    [Fact]
    public async Task An_expired_fault_is_no_longer_applied()
    {
        var (middleware, monitor) = Middleware(out var reached);
        monitor.Apply(new ServerFault("error", 0, 100) { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) });

        var context = new DefaultHttpContext();
        context.Request.Path = "/";
        await middleware.InvokeAsync(context);

        Assert.True(reached());
        Assert.Null(monitor.Current);
    }

    [Fact]
    public void Chaos_in_Production_refuses_to_start_and_elsewhere_starts()
    {
        var enabled = new ChaosOptions { Enabled = true };

        var refusal = Assert.Throws<InvalidOperationException>(() =>
            ChaosProductionGuard.ThrowIfRefused(enabled, new Environment(Environments.Production), "catalog"));
        Assert.Contains("Production", refusal.Message);
        ChaosProductionGuard.ThrowIfRefused(enabled, new Environment(Environments.Development), "catalog");
        ChaosProductionGuard.ThrowIfRefused(new ChaosOptions(), new Environment(Environments.Production), "catalog");
    }

    [Fact]
    public void The_GET_answer_names_the_service_and_the_fault_with_its_expiry()
    {
        var expires = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var json = JsonSerializer.Serialize(
            new ChaosEndpoints.ChaosState("catalog", new ServerFault("latency", 2000, 100) { ExpiresAt = expires }),
            new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal("""{"service":"catalog","fault":{"kind":"latency","latencyMs":2000,"percent":100,"expiresAt":"2030-01-02T03:04:05+00:00"}}""", json);
    }

    private static (ServerFaultMiddleware, ServerFaultMonitor) Middleware(out Func<bool> reached)
    {
        var identity = new ServiceIdentity("catalog", "host-1", DateTimeOffset.UtcNow);
        var configuration = new ConfigurationBuilder().Build();
        var redis = new RedisConnectionSource(new ServiceCollection().BuildServiceProvider(), configuration);
        var store = new ServerFaultStore(redis, identity, TimeProvider.System);
        var monitor = new ServerFaultMonitor(store, redis, Options.Create(new ChaosOptions { Enabled = true }), TimeProvider.System,
            NullLogger<ServerFaultMonitor>.Instance);
        var wasReached = false;
        reached = () => wasReached;
        return (new ServerFaultMiddleware(_ => { wasReached = true; return Task.CompletedTask; }, monitor, store), monitor);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Streamflix.Catalog";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
