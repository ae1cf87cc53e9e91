using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Stopping and starting the instances of a resource as the dashboard does. With replicas, a resource
/// name matches no single instance: each replica is commanded and awaited by its own resource id.
/// </summary>
public static class ResourceInstances
{
    private static readonly string[] Down = [KnownResourceStates.Exited, KnownResourceStates.Finished, "Stopped"];

    /// <summary>The instance ids of <paramref name="resource"/> (one per replica), from the states Aspire replays to a new watcher.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(DistributedApplication app, string resource, CancellationToken cancellationToken)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var expected = model.Resources.Single(r => r.Name == resource).TryGetAnnotationsOfType<ReplicaAnnotation>(out var replicas)
            ? replicas.Single().Replicas
            : 1;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            // With replicas, only the instances' own ids can be commanded, never the bare name.
            if (change.Resource.Name == resource && (expected == 1 || change.ResourceId != resource)
                && ids.Add(change.ResourceId) && ids.Count == expected)
            {
                break;
            }
        }

        return ids.Order(StringComparer.Ordinal).ToList();
    }

    public static async Task StopAsync(DistributedApplication app, string resource, string instanceId, CancellationToken cancellationToken)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StopCommand, cancellationToken);
        Assert.True(result.Success, $"stop {instanceId}: {result.Message}");
        await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.ResourceId == instanceId && Down.Contains(e.Snapshot.State?.Text), cancellationToken);
    }

    public static async Task StartAsync(DistributedApplication app, string resource, string instanceId, CancellationToken cancellationToken)
    {
        var result = await app.ResourceCommands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StartCommand, cancellationToken);
        Assert.True(result.Success, $"start {instanceId}: {result.Message}");
        await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.ResourceId == instanceId && e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy,
            cancellationToken);
    }
}
