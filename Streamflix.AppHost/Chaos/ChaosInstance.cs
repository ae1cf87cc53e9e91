namespace Streamflix.AppHost.Chaos;

/// <summary>
/// One running process of the graph as the dashboard sees it: <see cref="ResourceName"/> is the
/// AppHost name (<c>catalog</c>), <see cref="ResourceId"/> the instance (<c>catalog-abcd1234</c> for a
/// replica; the commands act on one instance by its id).
/// </summary>
public sealed record ChaosInstance(string ResourceName, string ResourceId, string? State)
{
    public bool IsRunning => State == KnownResourceStates.Running;
}
