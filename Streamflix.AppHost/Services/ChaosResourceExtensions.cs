using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Services;

/// <summary>
/// Fault injection, switched for the whole graph by <c>Chaos:Enabled</c> in the AppHost's
/// configuration (default false; the integration tests and benchmarks pass true). Services refuse
/// it in Production.
/// </summary>
internal static class ChaosResourceExtensions
{
    public static bool ChaosEnabled(IConfiguration configuration) =>
        bool.TryParse(configuration["Chaos:Enabled"], out var enabled) && enabled;

    /// <summary>
    /// <c>Chaos__Enabled</c>, and when enabled the dashboard commands that set the service's shared
    /// fault for all its replicas (<c>/chaos</c>, guarded by the operations key).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithChaos(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, IResourceBuilder<ParameterResource> operationsKey)
    {
        var enabled = ChaosEnabled(configuration);
        service.WithEnvironment("Chaos__Enabled", enabled ? "true" : "false");
        if (!enabled)
        {
            return service;
        }

        var name = service.Resource.Name;
        return service
            .WithChaosCommand(operationsKey, "inject-latency", "Inject latency", "/chaos/inject", HttpMethod.Post,
                "kind=latency&latencyMs=2000&percent=100&seconds=60", "Top",
                $"Every replica of {name} delays each incoming request by 2000 ms for 60 s.")
            .WithChaosCommand(operationsKey, "inject-errors", "Inject errors", "/chaos/inject", HttpMethod.Post,
                "kind=error&percent=50&seconds=60", "ErrorCircle",
                $"Every replica of {name} fails half of its incoming requests (gRPC Unavailable / HTTP 503) for 60 s.")
            .WithChaosCommand(operationsKey, "clear-faults", "Clear faults", "/chaos", HttpMethod.Delete,
                null, "Dismiss", $"Removes the injected fault of {name} from every replica.");
    }

    private static IResourceBuilder<ProjectResource> WithChaosCommand(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ParameterResource> operationsKey,
        string commandName,
        string displayName,
        string path,
        HttpMethod method,
        string? query,
        string icon,
        string description) =>
        service.WithHttpCommand(path, displayName,
            endpointName: "http",
            commandName: commandName,
            commandOptions: new HttpCommandOptions
            {
                Description = description,
                IconName = icon,
                Method = method,
                PrepareRequest = async context =>
                {
                    var key = await operationsKey.Resource.GetValueAsync(context.CancellationToken);
                    context.Request.Headers.Add("X-Operations-Key", key);
                    if (query is not null)
                    {
                        // Aspire sets the command's path as the URI path (a '?' in it would be escaped).
                        context.Request.RequestUri = new UriBuilder(context.Request.RequestUri!) { Query = query }.Uri;
                    }
                },
            });
}
