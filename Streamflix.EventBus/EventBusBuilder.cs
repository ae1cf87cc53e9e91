using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Streamflix.EventBus;

internal sealed class EventBusBuilder(IServiceCollection services, SubscriptionRegistry subscriptions) : IEventBusBuilder
{
    public IServiceCollection Services { get; } = services;

    public IEventBusBuilder AddSubscription<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        Services.TryAddScoped<THandler>();
        subscriptions.Add<TEvent, THandler>();

        // The consumer exists only in services that subscribe: a publish-only service opens no queue.
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, EventConsumer>());
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DeadLetterObserver>());
        // Its depth goes into the instance report (Streamflix.ServiceDefaults.Instances).
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Streamflix.ServiceDefaults.Instances.IInstanceFiguresSource, DeadLetterFigures>());
        return this;
    }
}
