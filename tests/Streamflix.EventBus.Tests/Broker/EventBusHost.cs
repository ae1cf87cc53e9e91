using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Streamflix.EventBus.Tests.Broker;

/// <summary>A real generic host wired like a service: connection string, AddEventBus, subscriptions.</summary>
public static class EventBusHost
{
    public static IHost Build(
        LocalRabbitMQ broker,
        string subscriptionName,
        HandlerCalls calls,
        Action<IEventBusBuilder> subscribe,
        int maxDeliveryAttempts = 5,
        ushort prefetchCount = 8,
        ITestOutputHelper? output = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "Streamflix.EventBus.Tests",
            DisableDefaults = true,
        });
        builder.Configuration["ConnectionStrings:eventbus"] = broker.ConnectionString;
        builder.Configuration["EventBus:SubscriptionName"] = subscriptionName;
        builder.Configuration["EventBus:RetryDelay"] = "00:00:00.050";
        builder.Configuration["EventBus:MaxRetryDelay"] = "00:00:00.200";
        builder.Configuration["EventBus:MaxDeliveryAttempts"] = maxDeliveryAttempts.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["EventBus:PrefetchCount"] = prefetchCount.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["EventBus:ShutdownGracePeriod"] = "00:00:02";
        if (output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
            builder.Logging.SetMinimumLevel(LogLevel.Information);
        }

        builder.Services.AddSingleton(calls);
        subscribe(builder.AddEventBus());
        return builder.Build();
    }
}
