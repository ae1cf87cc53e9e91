using System.Collections.Concurrent;
using Streamflix.EventBus;

namespace Streamflix.Encoder.Tests;

/// <summary>Stands in for the bus: keeps what was published, in order, with its priority.</summary>
public sealed class RecordingPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<(IntegrationEvent Event, byte Priority)> _published = new();

    public IReadOnlyList<IntegrationEvent> Events => [.. _published.Select(p => p.Event)];

    public IReadOnlyList<(IntegrationEvent Event, byte Priority)> Published => [.. _published];

    public Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken, byte priority = EventPriority.Normal)
        where TEvent : IntegrationEvent
    {
        _published.Enqueue((integrationEvent, priority));
        return Task.CompletedTask;
    }
}
