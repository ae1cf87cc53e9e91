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
            Postgres: builder.AddGeneratedSecret("postgres-password"),
            Redis: builder.AddGeneratedSecret("redis-password"),
            EventBus: builder.AddGeneratedSecret("eventbus-password"));
        var dataRoot = builder.Configuration["Infrastructure:DataPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.AppHostDirectory)
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".data"));
        var data = RunDataDirectory.Create(dataRoot);

        return mode == InfrastructureMode.Containers
            ? ContainerInfrastructure.Add(builder, passwords, data)
            : LocalInfrastructure.Add(builder, passwords, data);
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

    /// <summary>
    /// A secret parameter: taken from configuration (<c>Parameters:&lt;name&gt;</c>) when set, else
    /// generated for this run. Letters and digits only: values end up unescaped inside connection
    /// strings and URIs.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedSecret(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameter(name, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
}

public sealed record InfrastructurePasswords(
    IResourceBuilder<ParameterResource> Postgres,
    IResourceBuilder<ParameterResource> Redis,
    IResourceBuilder<ParameterResource> EventBus);
