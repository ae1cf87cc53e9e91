using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Streamflix.EventBus;

namespace Microsoft.Extensions.Hosting;

public static class EventBusExtensions
{
    /// <summary>
    /// Registers the RabbitMQ connection named <paramref name="connectionName"/> through the Aspire
    /// client integration (health check, tracing, connection retries), <see cref="IEventPublisher"/>,
    /// <see cref="IEventMessagePublisher"/>, and a consumer for the subscriptions added to the
    /// returned builder. Options come from the "EventBus" configuration section.
    /// </summary>
    public static IEventBusBuilder AddEventBus(this IHostApplicationBuilder builder, string connectionName = "eventbus")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var services = builder.Services;

        // A second call (say, from two feature modules) adds to the same bus.
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SubscriptionRegistry))?.ImplementationInstance
            is SubscriptionRegistry existing)
        {
            return new EventBusBuilder(services, existing);
        }

        builder.AddRabbitMQClient(connectionName);

        services.AddOptions<EventBusOptions>()
            .BindConfiguration(EventBusOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.SubscriptionName))
                {
                    options.SubscriptionName = EventBusTopology.DefaultSubscriptionName(environment.ApplicationName);
                }
            })
            .Validate(options => options.MaxDeliveryAttempts >= 1, "EventBus:MaxDeliveryAttempts must be at least 1.")
            .Validate(options => options.PrefetchCount >= 1, "EventBus:PrefetchCount must be at least 1.")
            .Validate(options => options.RetryDelay >= TimeSpan.Zero && options.MaxRetryDelay >= options.RetryDelay,
                "EventBus:RetryDelay must be between zero and EventBus:MaxRetryDelay.")
            .Validate(options => options.PublishConfirmTimeout > TimeSpan.Zero, "EventBus:PublishConfirmTimeout must be positive.")
            .Validate(options => options.DeadLetterCheckInterval > TimeSpan.Zero, "EventBus:DeadLetterCheckInterval must be positive.")
            .ValidateOnStart();

        services.AddMetrics();
        var subscriptions = new SubscriptionRegistry();
        services.AddSingleton(subscriptions);
        services.TryAddSingleton<EventBusTelemetry>();
        services.TryAddSingleton<ConfirmedPublisher>();
        services.TryAddSingleton<EventPublisher>();
        services.TryAddSingleton<IEventPublisher>(sp => sp.GetRequiredService<EventPublisher>());
        services.TryAddSingleton<IEventMessagePublisher>(sp => sp.GetRequiredService<EventPublisher>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeadLetters, DeadLetters>();

        return new EventBusBuilder(services, subscriptions);
    }
}
