using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Streamflix.ServiceDefaults.Tests.Contract;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class AddGrpcServiceClientTests
{
    private const string ResilienceHandlerTypeName = "ResilienceHandler";

    [Fact]
    public void The_typed_client_resolves()
    {
        using var host = Build(out _);

        Assert.NotNull(host.Services.GetRequiredService<Things.ThingsClient>());
    }

    [Fact]
    public async Task The_resilience_pipeline_is_built_once_per_container_however_many_first_calls_race()
    {
        // Polly's registry may run a pipeline's builder twice when first uses race, and the
        // circuit's state provider can belong to one breaker only: the pipeline must come from
        // one container-owned instance.
        using var host = Build(out _);
        using var start = new ManualResetEventSlim();
        var resolutions = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return host.Services.GetRequiredKeyedService<Polly.ResiliencePipeline>("grpc-things");
        })).ToList();

        start.Set();
        var pipelines = await Task.WhenAll(resolutions);

        Assert.Single(pipelines.Distinct());
    }

    [Fact]
    public void The_client_addresses_the_services_grpc_endpoint_through_discovery()
    {
        using var host = Build(out var clientName);

        var options = host.Services.GetRequiredService<IOptionsMonitor<GrpcClientFactoryOptions>>().Get(clientName);

        Assert.Equal(new Uri("http://_grpc.things"), options.Address);
    }

    [Fact]
    public void The_grpc_client_has_no_standard_http_resilience_handler()
    {
        using var host = Build(out var clientName);
        var factory = host.Services.GetRequiredService<IHttpMessageHandlerFactory>();

        var handlers = HandlerChain(factory.CreateHandler(clientName));

        Assert.DoesNotContain(ResilienceHandlerTypeName, handlers);
    }

    [Fact]
    public void Plain_http_clients_keep_the_standard_http_resilience_handler()
    {
        using var host = Build(out _);
        var factory = host.Services.GetRequiredService<IHttpMessageHandlerFactory>();

        var handlers = HandlerChain(factory.CreateHandler("other"));

        Assert.Contains(ResilienceHandlerTypeName, handlers);
    }

    [Fact]
    public async Task Calls_carry_the_configured_AttemptTimeout_as_their_deadline()
    {
        var transport = new RecordingHandler();
        using var host = Build(out _, new Dictionary<string, string?>
        {
            ["GrpcClients:things:AttemptTimeout"] = "00:00:42",
            ["GrpcClients:things:TotalTimeout"] = "00:01:00",
        }, transport);
        var client = host.Services.GetRequiredService<Things.ThingsClient>();

        var exception = await Assert.ThrowsAsync<RpcException>(() => client.GetThingAsync(new ThingRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var request = Assert.Single(transport.Requests);
        Assert.Equal("/streamflix.tests.resilience.Things/GetThing", request.Path);
        // grpc-timeout is the time left, e.g. "41998m"; the default AttemptTimeout would be ~2000m.
        Assert.InRange(request.TimeoutMilliseconds, 41_000, 42_000);
    }

    [Fact]
    public async Task Calls_are_retried_by_the_grpc_pipeline_not_the_http_one()
    {
        // Unavailable arrives as HTTP 200 + grpc-status 14: only the gRPC-aware pipeline can see it.
        var transport = new RecordingHandler { GrpcStatus = StatusCode.Unavailable };
        using var host = Build(out _, new Dictionary<string, string?>
        {
            ["GrpcClients:things:MaxRetryAttempts"] = "3",
            ["GrpcClients:things:RetryBaseDelay"] = "00:00:00.001",
            ["GrpcClients:things:MinimumThroughput"] = "100",
        }, transport);
        var client = host.Services.GetRequiredService<Things.ThingsClient>();

        var exception = await Assert.ThrowsAsync<RpcException>(() => client.CreateThingAsync(new ThingRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, exception.StatusCode);
        Assert.Equal(4, transport.Requests.Count);
    }

    private static IHost Build(
        out string clientName,
        Dictionary<string, string?>? configuration = null,
        RecordingHandler? transport = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Service discovery resolves _grpc.things from configuration; nothing is dialled.
            ["services:things:grpc:0"] = "http://localhost:1",
        });
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.AddServiceDefaults();
        var client = builder.AddGrpcServiceClient<Things.ThingsClient>("things", ResilienceTestReflection.Descriptor);
        if (transport is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(() => transport);
        }

        clientName = client.Name;
        return builder.Build();
    }

    private static List<string> HandlerChain(HttpMessageHandler handler)
    {
        var names = new List<string>();
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            names.Add(current.GetType().Name);
        }

        // Guard against a chain that could never contain the handler (e.g. only the primary handler).
        Assert.True(names.Count > 1, $"Unexpectedly short handler chain: {string.Join(" -> ", names)}");
        return names;
    }

    /// <summary>The primary handler: records each gRPC request and answers trailers-only with a status.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly List<RecordedRequest> _requests = [];

        public StatusCode GrpcStatus { get; init; } = StatusCode.InvalidArgument;

        public IReadOnlyList<RecordedRequest> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var timeout = request.Headers.TryGetValues("grpc-timeout", out var values) ? values.Single() : null;
            lock (_requests)
            {
                _requests.Add(new RecordedRequest(request.RequestUri!.AbsolutePath, ParseTimeout(timeout)));
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Version = HttpVersion.Version20,
                Content = new ByteArrayContent([]),
                RequestMessage = request,
            };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            response.Headers.Add("grpc-status", ((int)GrpcStatus).ToString(CultureInfo.InvariantCulture));
            response.Headers.Add("grpc-message", "test");
            return Task.FromResult(response);
        }

        private static double ParseTimeout(string? value)
        {
            Assert.False(string.IsNullOrEmpty(value), "The request carried no grpc-timeout header.");
            var amount = double.Parse(value[..^1], CultureInfo.InvariantCulture);
            return value[^1] switch
            {
                'H' => amount * 3_600_000,
                'M' => amount * 60_000,
                'S' => amount * 1_000,
                'm' => amount,
                'u' => amount / 1_000,
                'n' => amount / 1_000_000,
                _ => throw new FormatException($"Unexpected grpc-timeout '{value}'."),
            };
        }
    }

    private sealed record RecordedRequest(string Path, double TimeoutMilliseconds);
}
