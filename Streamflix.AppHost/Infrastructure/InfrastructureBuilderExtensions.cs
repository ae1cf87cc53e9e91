using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Infrastructure;

public static class InfrastructureBuilderExtensions
{
    /// <summary>
    /// Adds Postgres, Redis and RabbitMQ as containers when a container runtime answers and as
    /// local processes when none does; <c>Infrastructure:Mode</c> (Auto|Containers|Local) overrides.
    /// </summary>
    public static StreamflixInfrastructure AddStreamflixInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = ResolveMode(builder.Configuration);
        var passwords = new InfrastructurePasswords(
            Postgres: AddPassword(builder, "postgres-password"),
            Redis: AddPassword(builder, "redis-password"),
            EventBus: AddPassword(builder, "eventbus-password"));

        return mode == InfrastructureMode.Containers
            ? ContainerInfrastructure.Add(builder, passwords)
            : LocalInfrastructure.Add(builder, passwords);
    }

    public static InfrastructureMode ResolveMode(IConfiguration configuration)
    {
        var configured = configuration["Infrastructure:Mode"];
        var mode = InfrastructureMode.Auto;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out mode))
        {
            throw new InvalidOperationException(
                $"Infrastructure:Mode is '{configured}'; expected Auto, Containers or Local.");
        }

        if (mode != InfrastructureMode.Auto)
        {
            return mode;
        }

        var runtime = ContainerRuntimeProbe.RuntimeName(Environment.GetEnvironmentVariable);
        return ContainerRuntimeProbe.IsAvailable(runtime, ContainerRuntimeProbe.DefaultTimeout)
            ? InfrastructureMode.Containers
            : InfrastructureMode.Local;
    }

    // Letters and digits only: the values end up inside connection strings and URIs unescaped.
    private static IResourceBuilder<ParameterResource> AddPassword(IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameter(name, new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true);
}

public sealed record InfrastructurePasswords(
    IResourceBuilder<ParameterResource> Postgres,
    IResourceBuilder<ParameterResource> Redis,
    IResourceBuilder<ParameterResource> EventBus);
