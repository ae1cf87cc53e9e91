namespace Streamflix.AppHost.Infrastructure;

/// <summary>How Postgres, Redis and RabbitMQ run. Set with <c>Infrastructure:Mode</c>.</summary>
public enum InfrastructureMode
{
    /// <summary>Containers when a container runtime answers, local processes otherwise.</summary>
    Auto,
    Containers,
    Local,
}
