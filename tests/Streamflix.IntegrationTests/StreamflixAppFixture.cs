using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Streamflix.IntegrationTests;

/// <summary>
/// The whole graph, started once for the collection: a start costs tens of seconds on two cores.
/// Uses the AppHost exactly as a developer does (Infrastructure:Mode Auto), so on a machine
/// without a container runtime it runs the local-process infrastructure.
/// </summary>
public sealed class StreamflixAppFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Every resource of the graph; each must reach Healthy.</summary>
    public static readonly string[] Resources = ["postgres", "catalogdb", "redis", "eventbus", "catalog", "web"];

    private DistributedApplication? _app;
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph has not started.");

    public async Task InitializeAsync()
    {
        using var cancellation = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Streamflix_AppHost>(cancellation.Token);

        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Error));

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // The testing builder points OTLP at a port where nothing listens; every service would
            // then retry its exports at shutdown until DCP kills it (13 s instead of 2 s).
            project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
        }

        _app = await builder.BuildAsync(cancellation.Token);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await _app.StartAsync(cancellation.Token);
        await WaitForHealthyAsync(Resources, cancellation.Token);
        diagnostics.OnMessage(new DiagnosticMessage($"Streamflix graph healthy in {started.Elapsed.TotalSeconds:F1} s"));
    }

    public async Task WaitForHealthyAsync(IEnumerable<string> resources, CancellationToken cancellationToken) =>
        await Task.WhenAll(resources.Select(name =>
            App.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken)));

    public GrpcChannel Channel(string resource, string endpoint = "grpc")
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue(resource, out var channel))
            {
                channel = GrpcChannel.ForAddress(App.GetEndpoint(resource, endpoint));
                _channels[resource] = channel;
            }

            return channel;
        }
    }

    public HttpClient HttpClient(string resource) => App.CreateHttpClient(resource, "http");

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StreamflixCollection : ICollectionFixture<StreamflixAppFixture>
{
    public const string Name = "Streamflix graph";
}
