using Microsoft.Extensions.DependencyInjection;

namespace Streamflix.EventBus;

public interface IEventBusBuilder
{
    IServiceCollection Services { get; }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> as scoped (it may use a DbContext) and binds the
    /// service's queue to the event's routing key (its type name).
    /// </summary>
    IEventBusBuilder AddSubscription<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>;
}
