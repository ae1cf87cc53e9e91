namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// The shared servers of the graph, whichever way they run. Services receive the same
/// <c>ConnectionStrings__postgres/…db</c>, <c>ConnectionStrings__redis</c> and
/// <c>ConnectionStrings__eventbus</c> in both modes.
/// </summary>
public sealed class StreamflixInfrastructure(
    InfrastructureMode mode,
    RunDataDirectory data,
    IResourceBuilder<IResourceWithConnectionString> redis,
    IResourceBuilder<IResourceWithConnectionString> eventBus,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    /// <summary>The mode actually chosen (never Auto).</summary>
    public InfrastructureMode Mode { get; } = mode;

    public IResourceBuilder<IResourceWithConnectionString> Redis { get; } = redis;

    public IResourceBuilder<IResourceWithConnectionString> EventBus { get; } = eventBus;

    /// <summary>A folder of this run for a service's files (origin's media store, encoder's work).</summary>
    public string DataPath(string name) => data.For(name);

    /// <summary>A service's own database on the shared Postgres server.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}
