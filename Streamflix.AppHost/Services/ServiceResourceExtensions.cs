using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Services;

/// <summary>What service resources are given the same way: the token key, event-bus operations, replicas, playback timings.</summary>
internal static class ServiceResourceExtensions
{
    /// <summary>Every gRPC service validates access tokens with the key accounts signs them with.</summary>
    public static IResourceBuilder<ProjectResource> WithAccessTokens(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> signingKey) =>
        service.WithEnvironment("Auth__SigningKey", signingKey);

    /// <summary>
    /// The service's queue name, and a dashboard command that moves its dead letters back into the
    /// queue once the cause is fixed (POST /eventbus/dead-letters/replay, guarded by a key only the
    /// AppHost and the service know).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEventBusOperations(
        this IResourceBuilder<ProjectResource> service, string subscriptionName, IResourceBuilder<ParameterResource> operationsKey) =>
        service
            .WithEnvironment("EventBus__SubscriptionName", subscriptionName)
            .WithEnvironment("EventBus__OperationsKey", operationsKey)
            .WithHttpCommand("/eventbus/dead-letters/replay", "Replay dead letters",
                endpointName: "http",
                commandName: "replay-dead-letters",
                commandOptions: new HttpCommandOptions
                {
                    Description = $"Moves up to 1000 messages from {subscriptionName}.dead back into {subscriptionName}.",
                    ConfirmationMessage = $"Replay the dead letters of {subscriptionName}?",
                    IconName = "ArrowRedo",
                    Method = HttpMethod.Post,
                    PrepareRequest = async context =>
                    {
                        var key = await operationsKey.Resource.GetValueAsync(context.CancellationToken);
                        context.Request.Headers.Add("X-Operations-Key", key);
                        // Aspire sets the command's path as the URI path (a '?' in it would be escaped).
                        context.Request.RequestUri = new UriBuilder(context.Request.RequestUri!) { Query = "max=1000" }.Uri;
                    },
                });

    /// <summary>
    /// Runs a stateless service as several instances behind Aspire's load-balancing proxy; the count
    /// comes from <c>Replicas:&lt;name&gt;</c> in the AppHost's configuration (benchmarks and chaos
    /// experiments change it), else <paramref name="defaultCount"/>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithConfiguredReplicas(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, int defaultCount = 2)
    {
        var configured = configuration[$"Replicas:{service.Resource.Name}"];
        var count = configured is null ? defaultCount
            : int.TryParse(configured, out var parsed) && parsed is >= 1 and <= 8 ? parsed
            : throw new InvalidOperationException($"Replicas:{service.Resource.Name} must be a whole number from 1 to 8, not '{configured}'.");
        return count == 1 ? service : service.WithReplicas(count);
    }

    /// <summary>
    /// Lease and heartbeat timings from the AppHost's configuration (Playback:LeaseSeconds,
    /// Playback:HeartbeatIntervalSeconds), so tests can shorten them; unset, the service's defaults hold.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlaybackTimings(
        this IResourceBuilder<ProjectResource> playback, IConfiguration configuration)
    {
        foreach (var setting in new[] { "LeaseSeconds", "HeartbeatIntervalSeconds" })
        {
            if (configuration[$"Playback:{setting}"] is { Length: > 0 } value)
            {
                playback.WithEnvironment($"Playback__{setting}", value);
            }
        }

        return playback;
    }
}
