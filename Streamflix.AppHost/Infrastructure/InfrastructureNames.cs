namespace Streamflix.AppHost.Infrastructure;

/// <summary>Resource names that scripts, dashboards and docs rely on (ARCHITECTURE.md).</summary>
public static class InfrastructureNames
{
    public const string Postgres = "postgres";
    public const string Redis = "redis";
    public const string EventBus = "eventbus";
    public const string EventBusPortMapper = "eventbus-epmd";
}
