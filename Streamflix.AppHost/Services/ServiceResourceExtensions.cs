namespace Streamflix.AppHost.Services;

/// <summary>What several service resources are given the same way: the token key and the event-bus operations.</summary>
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
}
