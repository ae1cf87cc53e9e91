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
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    /// <summary>Every resource of the graph; each must reach Healthy.</summary>
    public static readonly string[] Resources =
        [
            "postgres", "catalogdb", "accountsdb", "billingdb", "playbackdb", "recommendationsdb", "redis", "eventbus",
            "accounts", "billing", "catalog", "playback", "recommendations", "origin", "encoder", "edge-1", "edge-2", "web",
        ];

    public static readonly TimeSpan PlayableTimeout = TimeSpan.FromMinutes(4);

    /// <summary>How many titles get a demo video (DemoContent:MaxTitles); the rest of the catalogue has none.</summary>
    public const int DemoTitles = 6;

    /// <summary>
    /// Titles past the cap that tests give jobs of their own, counted from the last by id: the last gets a
    /// job that fails (EncodeFailureTests), the one before it a demo job (the prefill test).
    /// </summary>
    public const int TitlesTestsEncode = 2;

    public const int FailedJobTitleRank = 0;

    public const int PrefillTitleRank = 1;

    /// <summary>
    /// Sign-ins per email per window while the tests run: above what any test needs for one email
    /// (the staff account signs in for several), low enough for one test to go past it.
    /// </summary>
    public const int SignInLimit = 60;

    private readonly SemaphoreSlim _playableLock = new(1, 1);
    private Streamflix.Catalog.Contracts.Title? _playable;
    private DistributedApplication? _app;
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph has not started.");

    public async Task InitializeAsync()
    {
        using var cancellation = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Streamflix_AppHost>(
            [
                // Short demo videos for the first six titles (by id), not all 45: those would keep ffmpeg busy
                // for most of the suite on two cores, beside the tests that time a real player. Six cover
                // what tests need: two non-kids titles sharing a genre (a-recipe-for-rain, cold-open),
                // a second playable title, one still 20 s long after an upload test replaces the first.
                "DemoContent:DurationSeconds=20", $"DemoContent:MaxTitles={DemoTitles}",
                "Playback:LeaseSeconds=6", "Playback:HeartbeatIntervalSeconds=2",
                // Fault injection on (x-streamflix-fault, /chaos): FaultInjectionTests use it, nothing else is affected.
                "Chaos:Enabled=true",
                // The tests sign up hundreds of viewers from 127.0.0.1 and start playback often: out of their way.
                "RateLimits:SignUp:PermitLimit=100000", "RateLimits:PlaybackStart:PermitLimit=100000",
                $"RateLimits:SignIn:PermitLimit={SignInLimit}",
            ], cancellation.Token);

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

    /// <summary>
    /// The first title whose demo video is on origin. Encoding starts with the graph; the wait is
    /// bounded (a few titles' worth of encoding on two cores).
    /// </summary>
    public async Task<Streamflix.Catalog.Contracts.Title> FirstPlayableTitleAsync()
    {
        await _playableLock.WaitAsync();
        try
        {
            if (_playable is not null)
            {
                return _playable;
            }

            _playable = await PlayableTitleAsync(_ => true);
            return _playable;
        }
        finally
        {
            _playableLock.Release();
        }
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>, then carries on) until no title is queued or encoding: the
    /// demo videos are encoded one after another while the suite runs, and a test that times a real
    /// player should not share two cores with ffmpeg. Returns whether encoding went idle.
    /// </summary>
    public async Task<bool> EncodingIdleAsync(TimeSpan limit)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var titles = await FirstTitlesAsync(CancellationToken.None);
            if (!titles.Any(t => t.Media?.Status is Streamflix.Catalog.Contracts.MediaStatus.Queued or Streamflix.Catalog.Contracts.MediaStatus.Encoding))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return false;
    }

    /// <summary>A playable title that <paramref name="accept"/> takes, waiting (bounded) for encoding to get there.</summary>
    public async Task<Streamflix.Catalog.Contracts.Title> PlayableTitleAsync(Func<Streamflix.Catalog.Contracts.Title, bool> accept)
    {
        using var timeout = new CancellationTokenSource(PlayableTimeout);
        while (true)
        {
            var titles = await FirstTitlesAsync(timeout.Token);
            var ready = titles.FirstOrDefault(t => t.Media?.Status == Streamflix.Catalog.Contracts.MediaStatus.Ready && accept(t));
            if (ready is not null)
            {
                return ready;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    /// <summary>The title <paramref name="rankFromLast"/> places before the last by id (0: the last); see <see cref="TitlesTestsEncode"/>.</summary>
    public async Task<Streamflix.Catalog.Contracts.Title> TitleFromLastAsync(int rankFromLast) =>
        (await FirstTitlesAsync(CancellationToken.None)).OrderBy(t => t.Id, StringComparer.Ordinal).Reverse().ElementAt(rankFromLast);

    /// <summary>The catalogue's first page of 100 titles, what the waits above look at.</summary>
    private async Task<IReadOnlyList<Streamflix.Catalog.Contracts.Title>> FirstTitlesAsync(CancellationToken cancellationToken) =>
        (await new Streamflix.Catalog.Contracts.CatalogService.CatalogServiceClient(Channel("catalog")).ListTitlesAsync(
            new Streamflix.Catalog.Contracts.ListTitlesRequest { PageSize = 100 }, cancellationToken: cancellationToken)).Titles;

    /// <summary>
    /// Headers of the seeded staff account (admin@streamflix.local, password from the AppHost's
    /// "admin-password" parameter), for admin-only calls such as uploads.
    /// </summary>
    public async Task<Grpc.Core.Metadata> AdminAuthAsync(CancellationToken cancellationToken = default)
    {
        var accounts = new Streamflix.Accounts.Contracts.AccountsService.AccountsServiceClient(Channel("accounts"));
        var tokens = await accounts.SignInAsync(new Streamflix.Accounts.Contracts.SignInRequest
        {
            Email = "admin@streamflix.local",
            Password = await ParameterValueAsync("admin-password", cancellationToken),
        }, cancellationToken: cancellationToken);
        return Viewer.Bearer(tokens.AccessToken);
    }

    /// <summary>A connection string as the services receive it, for checks no contract exposes (exactly-once counts).</summary>
    public async Task<string> ConnectionStringAsync(string resource, CancellationToken cancellationToken = default) =>
        await App.GetConnectionStringAsync(resource, cancellationToken)
            ?? throw new InvalidOperationException($"Resource '{resource}' has no connection string.");

    /// <summary>Stops every instance of a resource (all replicas) and waits (bounded) until each is down.</summary>
    public async Task StopAllAsync(string resource, CancellationToken cancellationToken)
    {
        var instances = await ResourceInstances.IdsAsync(App, resource, cancellationToken);
        await Task.WhenAll(instances.Select(id => ResourceInstances.StopAsync(App, resource, id, cancellationToken)));
    }

    /// <summary>Starts every instance of a resource again and waits (bounded) until each is healthy.</summary>
    public async Task StartAllAsync(string resource, CancellationToken cancellationToken)
    {
        var instances = await ResourceInstances.IdsAsync(App, resource, cancellationToken);
        await Task.WhenAll(instances.Select(id => ResourceInstances.StartAsync(App, resource, id, cancellationToken)));
    }

    /// <summary>The value of an AppHost parameter (e.g. a generated secret), as the services receive it.</summary>
    public async Task<string> ParameterValueAsync(string name, CancellationToken cancellationToken = default)
    {
        var model = App.Services.GetRequiredService<DistributedApplicationModel>();
        var parameter = model.Resources.OfType<ParameterResource>().Single(p => p.Name == name);
        return await parameter.GetValueAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Parameter '{name}' has no value.");
    }

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
