using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Services;

/// <summary>What every project gets for operations: the operations key, Redis (instance reports, shared faults) and chaos.</summary>
internal static class OperationsResourceExtensions
{
    /// <summary>
    /// <c>Operations__Key</c> (guards /chaos), a Redis reference (every process reports itself under
    /// <c>streamflix:instances:*</c> and reads its shared fault there) and <see cref="ChaosResourceExtensions.WithChaos"/>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithOperations(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ParameterResource> operationsKey,
        IResourceBuilder<IResourceWithConnectionString> redis,
        IConfiguration configuration) =>
        service
            .WithEnvironment("Operations__Key", operationsKey)
            .WithReference(redis).WaitFor(redis)
            .WithChaos(configuration, operationsKey);
}
