using System.Collections.Concurrent;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// Stopping and starting resources as the dashboard does (Aspire's stop/start commands), one
/// instance (a replica, by its resource id) or all instances of a resource, and the waits that go with it.
/// </summary>
public sealed class ResourceControl : IAsyncDisposable
{
    private static readonly string[] Down = [KnownResourceStates.Exited, KnownResourceStates.Finished, "Stopped", KnownResourceStates.FailedToStart];

    private readonly DistributedApplication _app;
    private readonly ConcurrentDictionary<string, ResourceEvent> _instances = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public ResourceControl(DistributedApplication app)
    {
        _app = app;
        _watching = WatchAsync(_stop.Token);
    }

    /// <summary>The instance ids of a resource (one, or one per replica), as last reported.</summary>
    public IReadOnlyList<string> Instances(string resource) =>
        _instances.Values.Where(e => e.Resource.Name == resource).Select(e => e.ResourceId).Order(StringComparer.Ordinal).ToList();

    public async Task StopInstanceAsync(string resource, string instanceId, CancellationToken cancellationToken)
    {
        Ensure(await _app.ResourceCommands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StopCommand, cancellationToken), "stop", instanceId);
        await _app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.ResourceId == instanceId && Down.Contains(e.Snapshot.State?.Text), cancellationToken);
    }

    public async Task StartInstanceAsync(string resource, string instanceId, CancellationToken cancellationToken)
    {
        Ensure(await _app.ResourceCommands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StartCommand, cancellationToken), "start", instanceId);
        await _app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.ResourceId == instanceId && e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
            cancellationToken);
    }

    /// <summary>Every instance of <paramref name="resource"/> stopped (each replica's own command).</summary>
    public async Task StopAllAsync(string resource, CancellationToken cancellationToken)
    {
        var instances = Instances(resource);
        if (instances.Count == 0)
        {
            throw new InvalidOperationException($"no instance of {resource} has been reported");
        }

        await Task.WhenAll(instances.Select(id => StopInstanceAsync(resource, id, cancellationToken)));
    }

    public async Task StartAllAsync(string resource, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Instances(resource).Select(id => StartInstanceAsync(resource, id, cancellationToken)));
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
    }

    private static void Ensure(ExecuteCommandResult result, string command, string instanceId)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {instanceId} failed: {result.Message}");
        }
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in _app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                _instances[change.ResourceId] = change;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
