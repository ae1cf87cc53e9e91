namespace Streamflix.AppHost.Infrastructure;

/// <summary>The usual Aspire containers, for machines with a container runtime.</summary>
internal static class ContainerInfrastructure
{
    public static StreamflixInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructurePasswords passwords, RunDataDirectory data)
    {
        var postgres = builder.AddPostgres(InfrastructureNames.Postgres, password: passwords.Postgres);
        var redis = builder.AddRedis(InfrastructureNames.Redis, password: passwords.Redis);
        var eventBus = builder.AddRabbitMQ(InfrastructureNames.EventBus,
            userName: builder.AddParameter("eventbus-user", LocalRabbitMQResource.UserName), password: passwords.EventBus);

        return new StreamflixInfrastructure(
            InfrastructureMode.Containers,
            data,
            redis,
            eventBus,
            name => postgres.AddDatabase(name));
    }
}
