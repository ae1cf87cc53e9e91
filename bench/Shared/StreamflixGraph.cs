using System.Diagnostics;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Bench;

/// <summary>
/// The whole graph in this process, started as the integration fixture starts it
/// (tests/Streamflix.IntegrationTests/StreamflixAppFixture.cs), with one gRPC channel per service.
/// Shared by the benchmark consoles (linked into each from bench/Shared).
/// </summary>
public sealed class StreamflixGraph : IAsyncDisposable
{
    /// <summary>Every resource of the graph; each must reach Healthy.</summary>
    private static readonly string[] Resources =
        [
            "postgres", "catalogdb", "accountsdb", "billingdb", "playbackdb", "recommendationsdb", "redis", "eventbus",
            "accounts", "billing", "catalog", "playback", "recommendations", "origin", "encoder", "edge-1", "edge-2", "web",
        ];

    /// <summary>A bound, not an expectation: a quiet 2-core machine starts the graph in 1–2 minutes, a
    /// shared one under heavy load has taken more than 5.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    /// <summary>Encoding the first demo titles on two busy cores; beyond this there is nothing to play.</summary>
    public static readonly TimeSpan PlayableTimeout = TimeSpan.FromMinutes(6);

    private readonly DistributedApplication _app;
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    private readonly FileLoggerProvider _log;

    private StreamflixGraph(DistributedApplication app, FileLoggerProvider log)
    {
        _app = app;
        _log = log;
    }

    /// <summary>Starts the graph, its logs going to <c>.tmp/{logName}.log</c>, and waits (bounded) for every resource to be healthy.</summary>
    public static Task<StreamflixGraph> StartAsync(string logName, CancellationToken cancellationToken) =>
        StartAsync(logName, [], cancellationToken);

    /// <summary>
    /// As above, with more AppHost configuration as <c>key=value</c> (e.g. <c>Replicas:catalog=3</c>);
    /// with replicas, a service is healthy once every replica is.
    /// </summary>
    public static async Task<StreamflixGraph> StartAsync(string logName, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        // Short demo videos, so the first title is playable within minutes. A benchmark signs up and
        // plays as hundreds of viewers from one address: the rate limits are raised out of its way.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Streamflix_AppHost>(
            ["DemoContent:DurationSeconds=20", "DemoContent:MaxTitles=1", "RateLimits:SignUp:PermitLimit=1000000", "RateLimits:SignIn:PermitLimit=1000000",
             "RateLimits:PlaybackStart:PermitLimit=1000000", .. settings], timeout.Token);
        var logDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".tmp"));
        Directory.CreateDirectory(logDirectory);
        var log = new FileLoggerProvider(Path.Combine(logDirectory, logName + ".log"));
        Console.WriteLine($"graph: logs (AppHost and every service) in {log.Path}");
        builder.Services.AddLogging(logging => logging
            .ClearProviders()
            .AddProvider(log)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Error));
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // The testing builder points OTLP at a port where nothing listens (exports would retry).
            project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
        }

        DistributedApplication app;
        try
        {
            app = await builder.BuildAsync(timeout.Token);
        }
        catch
        {
            await builder.DisposeAsync();
            log.Dispose();
            throw;
        }

        var graph = new StreamflixGraph(app, log);
        try
        {
            var started = Stopwatch.StartNew();
            // Watched from before the start, so that a start that runs out of time says which resources never got healthy.
            var waits = Resources.ToDictionary(name => name, name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token));
            try
            {
                await app.StartAsync(timeout.Token);
                await Task.WhenAll(waits.Values);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var late = waits.Where(w => !w.Value.IsCompletedSuccessfully).Select(w => w.Key);
                throw new TimeoutException(
                    $"graph: not healthy within {StartTimeout.TotalMinutes:F0} min: {string.Join(", ", late)} (see the log for why)");
            }

            Console.WriteLine($"graph: all {Resources.Length} resources healthy in {started.Elapsed.TotalSeconds:F1} s");
            return graph;
        }
        catch
        {
            await graph.DisposeAsync();
            throw;
        }
    }

    /// <summary>The running application, for benchmarks that act on resources (stop/start commands, state, endpoints).</summary>
    public DistributedApplication App => _app;

    /// <summary>
    /// One HTTP/2 channel per service, shared by every viewer (a real fleet of players would open one
    /// each; here they multiplex, opening more connections past Kestrel's 100 streams per connection).
    /// </summary>
    public GrpcChannel Channel(string resource)
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue(resource, out var channel))
            {
                channel = GrpcChannel.ForAddress(_app.GetEndpoint(resource, "grpc"), new GrpcChannelOptions
                {
                    HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, UseProxy = false },
                    DisposeHttpClient = true,
                });
                _channels[resource] = channel;
            }

            return channel;
        }
    }

    /// <summary>A resource's HTTP endpoint (through Aspire's proxy), e.g. the web site's.</summary>
    public Uri HttpEndpoint(string resource) => _app.GetEndpoint(resource, "http");

    /// <summary>The first title whose video is on origin (catalog media status READY), waiting for encoding, bounded.</summary>
    public async Task<Title> WaitForPlayableTitleAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        // Also waits until no encode is running: ffmpeg beside a timed run would be measured too.
        var ready = await WaitForCatalogAsync(
            titles => titles.Any(t => t.Media?.Status is MediaStatus.Queued or MediaStatus.Encoding)
                ? null
                : titles.FirstOrDefault(t => t.Media?.Status == MediaStatus.Ready),
            cancellationToken);
        Console.WriteLine($"title: \"{ready.Name}\" ({ready.Id}) playable after {waited.Elapsed.TotalSeconds:F1} s, " +
            $"renditions {string.Join(' ', ready.Media.Renditions.Select(r => r.Name))}");
        return ready;
    }

    /// <summary>
    /// Reads the whole catalogue (every page) once a second until <paramref name="accept"/> finds what
    /// it needs in it (typically titles encoding has made playable), bounded by <see cref="PlayableTimeout"/>.
    /// </summary>
    public async Task<T> WaitForCatalogAsync<T>(Func<IReadOnlyList<Title>, T?> accept, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PlayableTimeout);
        while (true)
        {
            if (accept(await ListTitlesAsync(timeout.Token)) is { } found)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    /// <summary>Every title of the catalogue, playable or not, page by page.</summary>
    public async Task<IReadOnlyList<Title>> ListTitlesAsync(CancellationToken cancellationToken)
    {
        var catalog = new CatalogService.CatalogServiceClient(Channel("catalog"));
        var titles = new List<Title>();
        var request = new ListTitlesRequest { PageSize = 100 };
        do
        {
            var page = await catalog.ListTitlesAsync(request, cancellationToken: cancellationToken);
            titles.AddRange(page.Titles);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return titles;
    }

    /// <summary>A connection string as the services receive it (e.g. the event bus, to publish as a service would).</summary>
    public async Task<string> ConnectionStringAsync(string resource, CancellationToken cancellationToken) =>
        await _app.GetConnectionStringAsync(resource, cancellationToken)
            ?? throw new InvalidOperationException($"Resource '{resource}' has no connection string.");

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        var stopping = Stopwatch.StartNew();
        try
        {
            // Not the caller's token: it may be the cancelled Ctrl+C one, and the graph must stop anyway.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
            _log.Dispose();
            Console.WriteLine($"graph: stopped in {stopping.Elapsed.TotalSeconds:F1} s");
        }
    }
}
