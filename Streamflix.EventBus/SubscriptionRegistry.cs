using Microsoft.Extensions.DependencyInjection;

namespace Streamflix.EventBus;

/// <summary>The events a service subscribes to, by routing key, and how to call their handlers.</summary>
internal sealed class SubscriptionRegistry
{
    private readonly Dictionary<string, Subscription> _byRoutingKey = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> RoutingKeys => _byRoutingKey.Keys;

    public bool IsEmpty => _byRoutingKey.Count == 0;

    public void Add<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var routingKey = EventBusTopology.RoutingKeyFor(typeof(TEvent));
        if (_byRoutingKey.TryGetValue(routingKey, out var existing))
        {
            // The routing key is the bare type name, so two events of that name cannot share a bus.
            if (existing.EventType != typeof(TEvent))
            {
                throw new InvalidOperationException(
                    $"Events {existing.EventType.FullName} and {typeof(TEvent).FullName} share the routing key '{routingKey}'.");
            }
        }
        else
        {
            existing = new Subscription(typeof(TEvent));
            _byRoutingKey.Add(routingKey, existing);
        }

        if (!existing.HandlerTypes.Contains(typeof(THandler)))
        {
            existing.HandlerTypes.Add(typeof(THandler));
            existing.Handlers.Add((services, integrationEvent, cancellationToken) =>
                services.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken));
        }
    }

    public bool TryGet(string routingKey, out Subscription subscription) =>
        _byRoutingKey.TryGetValue(routingKey, out subscription!);
}

internal sealed class Subscription(Type eventType)
{
    public Type EventType { get; } = eventType;

    public List<Type> HandlerTypes { get; } = [];

    public List<Func<IServiceProvider, IntegrationEvent, CancellationToken, Task>> Handlers { get; } = [];

    /// <summary>Runs every handler of the event in one scope; any exception fails the whole delivery.</summary>
    public async Task HandleAsync(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler(services, integrationEvent, cancellationToken);
        }
    }
}
