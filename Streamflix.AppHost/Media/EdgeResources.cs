using Streamflix.AppHost.Services;

namespace Streamflix.AppHost.Media;

/// <summary>
/// CDN edges: each a resource of its own (edge-1, edge-2, …) with its own browser-facing URL and a
/// region label, so that playback's steering can rank them like Open Connect appliances.
/// </summary>
internal static class EdgeResources
{
    public static IResourceBuilder<ProjectResource> AddEdge(
        this IDistributedApplicationBuilder builder,
        string name,
        string region,
        IResourceBuilder<ProjectResource> origin,
        IResourceBuilder<IResourceWithConnectionString> redis,
        IResourceBuilder<IResourceWithConnectionString> eventBus,
        IResourceBuilder<ParameterResource> signingKey,
        IResourceBuilder<ParameterResource> internalKey,
        IResourceBuilder<ParameterResource> operationsKey)
    {
        var edge = builder.AddProject<Projects.Streamflix_Edge>(name)
            .WithExternalHttpEndpoints()
            .WithReference(origin).WaitFor(origin)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithEnvironment("Media__SigningKey", signingKey)
            .WithEnvironment("Edge__InternalKey", internalKey)
            .WithEnvironment("Edge__Name", name)
            .WithEnvironment("Edge__Region", region)
            // Each edge has its own queue: every edge prefills a newly published title.
            .WithEventBusOperations(name, operationsKey)
            .WithOperations(operationsKey, redis, builder.Configuration) // Redis (heartbeats too), chaos
            .WithHttpHealthCheck("/health");
        return edge.WithEnvironment("Edge__PublicUrl", edge.GetEndpoint("http"));
    }
}
