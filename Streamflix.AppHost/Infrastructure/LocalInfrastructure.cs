using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// Debian's postgres, redis-server and rabbitmq-server run by the AppHost as executable
/// resources: ports from DCP, a data folder per run, readiness checks, and stopped with the
/// AppHost (each script execs the server, so DCP holds the server's own PID).
/// </summary>
internal static class LocalInfrastructure
{
    public static StreamflixInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructurePasswords passwords, RunDataDirectory data)
    {
        var scripts = Path.Combine(builder.AppHostDirectory, "Infrastructure", "Scripts");

        var postgres = AddPostgres(builder, passwords.Postgres, data, scripts);
        var redis = AddRedis(builder, passwords.Redis, data, scripts);
        var eventBus = AddRabbitMQ(builder, passwords.EventBus, data, scripts);

        return new StreamflixInfrastructure(
            InfrastructureMode.Local,
            data,
            redis,
            eventBus,
            name => AddDatabase(builder, postgres, name));
    }

    private static IResourceBuilder<LocalPostgresResource> AddPostgres(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> password, RunDataDirectory data, string scripts)
    {
        var directory = data.For("postgres");
        var binDirectory = builder.Configuration["Infrastructure:PostgresBinDirectory"] ?? FindPostgresBinDirectory();
        var resource = new LocalPostgresResource(InfrastructureNames.Postgres, "bash", data.Path, password.Resource);

        return builder.AddResource(resource)
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add(Path.Combine(scripts, "postgres.sh"));
                context.Args.Add(binDirectory);
                context.Args.Add(directory);
                context.Args.Add(resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                foreach (var database in resource.Databases)
                {
                    context.Args.Add(database.DatabaseName);
                }
            })
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithReadinessCheck(builder, resource, r => new PostgresReadinessCheck(r))
            .WithIconName("DatabaseStack");
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddDatabase(
        IDistributedApplicationBuilder builder, IResourceBuilder<LocalPostgresResource> postgres, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, name, postgres.Resource);
        postgres.Resource.Databases.Add(database);
        return builder.AddResource(database)
            .WithParentRelationship(postgres)
            .WithStateOfParent("PostgresDatabase")
            .WithReadinessCheck(builder, database, r => new PostgresReadinessCheck(r));
    }

    private static IResourceBuilder<LocalRedisResource> AddRedis(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> password, RunDataDirectory data, string scripts)
    {
        var directory = data.For("redis");
        var resource = new LocalRedisResource(InfrastructureNames.Redis, "bash", data.Path, password.Resource);

        return builder.AddResource(resource)
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add(Path.Combine(scripts, "redis.sh"));
                context.Args.Add(directory);
                context.Args.Add(resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
            })
            .WithEnvironment("REDIS_PASSWORD", password)
            .WithReadinessCheck(builder, resource, r => new RedisReadinessCheck(r))
            .WithIconName("Memory");
    }

    private static IResourceBuilder<LocalRabbitMQResource> AddRabbitMQ(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> password, RunDataDirectory data, string scripts)
    {
        var directory = data.For("rabbitmq");
        var portMapperPort = FreePort.Next();
        var distributionPort = FreePort.Next();
        var resource = new LocalRabbitMQResource(InfrastructureNames.EventBus, "bash", data.Path, password.Resource);

        // Erlang's port mapper as a resource of its own: started by Erlang it would daemonise and
        // outlive the AppHost.
        var portMapper = builder.AddExecutable(InfrastructureNames.EventBusPortMapper, "epmd", data.Path,
                "-port", portMapperPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1")
            .WithParentRelationship(resource);

        return builder.AddResource(resource)
            .WithEndpoint(name: LocalRabbitMQResource.EndpointName, scheme: "tcp")
            .WithArgs(Path.Combine(scripts, "rabbitmq.sh"), directory)
            .WithEnvironment(context =>
            {
                context.EnvironmentVariables["RABBITMQ_NODENAME"] = $"streamflix{Environment.ProcessId}@localhost";
                context.EnvironmentVariables["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                context.EnvironmentVariables["RABBITMQ_NODE_PORT"] = resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort);
                // The default is node port + 20000, which overflows past 65535 with a random port.
                context.EnvironmentVariables["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture);
                context.EnvironmentVariables["ERL_EPMD_PORT"] = portMapperPort.ToString(CultureInfo.InvariantCulture);
                context.EnvironmentVariables["RABBITMQ_USER"] = LocalRabbitMQResource.UserName;
                context.EnvironmentVariables["RABBITMQ_PASSWORD"] = password.Resource;
            })
            .WaitFor(portMapper)
            .WithReadinessCheck(builder, resource, r => new RabbitMQReadinessCheck(r))
            .WithIconName("BranchFork");
    }

    private static IResourceBuilder<T> WithReadinessCheck<T>(
        this IResourceBuilder<T> resourceBuilder,
        IDistributedApplicationBuilder builder,
        T resource,
        Func<T, IHealthCheck> createCheck) where T : IResourceWithConnectionString
    {
        var key = $"{resource.Name}-ready";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => createCheck(resource), failureStatus: null, tags: null));
        return resourceBuilder.WithHealthCheck(key);
    }

    private static string FindPostgresBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(directory => (directory, version: int.TryParse(Path.GetFileName(directory), out var v) ? v : 0))
                .Where(candidate => File.Exists(Path.Combine(candidate.directory, "bin", "postgres")))
                .OrderByDescending(candidate => candidate.version)
                .Select(candidate => Path.Combine(candidate.directory, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            "Infrastructure:Mode is Local but no PostgreSQL server was found under /usr/lib/postgresql. " +
            "Install it (apt-get install postgresql) or run ./run.sh, which installs what is missing.");
    }
}
