using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.EventBus;
using Streamflix.Playback.Events;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>
/// Publishes viewing events to the graph's broker exactly as playback's outbox relay does (the same
/// publisher, confirmed by the broker, routed by the record's name). The host is never started: only
/// its publisher is used, so nothing here consumes events.
/// </summary>
public sealed class ViewingEventBus : IDisposable
{
    private readonly IHost _host;
    private readonly IEventMessagePublisher _publisher;

    private ViewingEventBus(IHost host)
    {
        _host = host;
        _publisher = host.Services.GetRequiredService<IEventMessagePublisher>();
    }

    public static async Task<ViewingEventBus> ConnectAsync(StreamflixGraph graph, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventbus"] = await graph.ConnectionStringAsync("eventbus", cancellationToken),
        });
        builder.AddEventBus("eventbus");
        return new ViewingEventBus(builder.Build());
    }

    /// <summary>A start of <paramref name="titleId"/> by the profile, happening now.</summary>
    public static PlaybackStarted Started(Guid accountId, Guid profileId, string titleId) =>
        new(Guid.NewGuid(), accountId, profileId, titleId, 0);

    /// <summary>Returns once the broker has confirmed the event (it is then durable and routed).</summary>
    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        _publisher.PublishRawAsync(EventSerializer.Serialize(integrationEvent), cancellationToken);

    /// <summary>In order, one after the other.</summary>
    public async Task PublishAllAsync(IEnumerable<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        foreach (var integrationEvent in events)
        {
            await PublishAsync(integrationEvent, cancellationToken);
        }
    }

    public void Dispose() => _host.Dispose();
}
