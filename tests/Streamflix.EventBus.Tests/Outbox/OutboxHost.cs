using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>
/// A generic host wired like a service that publishes through its outbox: Aspire's pooled
/// AddNpgsqlDbContext (with its retrying execution strategy), AddEventBus, AddOutboxRelay, and
/// scope validation on as in Development.
/// </summary>
public static class OutboxHost
{
    public const string DatabaseName = "outboxdb";

    public static HostApplicationBuilder CreateBuilder(
        LocalRabbitMQ broker,
        string databaseConnectionString,
        ITestOutputHelper output,
        string subscriptionName = "tests.outbox",
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "Streamflix.EventBus.Tests",
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        Configure(builder, broker, databaseConnectionString, output, subscriptionName, settings);
        return builder;
    }

    /// <summary>Settings and logging of a test service: short delays so that retries happen within a test.</summary>
    public static void Configure(
        IHostApplicationBuilder builder,
        LocalRabbitMQ broker,
        string databaseConnectionString,
        ITestOutputHelper output,
        string subscriptionName = "tests.outbox",
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Configuration[$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString;
        builder.Configuration["ConnectionStrings:eventbus"] = broker.ConnectionString;
        builder.Configuration["EventBus:SubscriptionName"] = subscriptionName;
        builder.Configuration["EventBus:RetryDelay"] = "00:00:00.050";
        builder.Configuration["EventBus:MaxRetryDelay"] = "00:00:00.200";
        builder.Configuration["EventBus:ShutdownGracePeriod"] = "00:00:02";
        builder.Configuration["Outbox:PollInterval"] = "00:00:00.200";
        builder.Configuration["Outbox:FirstRetryDelay"] = "00:00:00.100";
        builder.Configuration["Outbox:MaxRetryDelay"] = "00:00:00.500";
        builder.Configuration["Outbox:PendingMeasureInterval"] = "00:00:00.200";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
    }

    /// <summary>The service's registrations in the order a Program.cs would make them.</summary>
    public static IEventBusBuilder AddOutboxService(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<OutboxTestDbContext>(DatabaseName);
        var bus = builder.AddEventBus();
        builder.AddOutboxRelay<OutboxTestDbContext>();
        return bus;
    }

    public static async Task CreateSchemaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>().Database.EnsureCreatedAsync();
    }
}
