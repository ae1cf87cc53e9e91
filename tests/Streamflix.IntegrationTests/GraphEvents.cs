using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.EventBus;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Publishes onto the running graph's broker from outside it, through the same event bus client the
/// services use: for tests that need an event no public API sends (a job, a raw or broken message).
/// </summary>
public static class GraphEvents
{
    public static async Task PublishAsync<TEvent>(StreamflixAppFixture fixture, TEvent integrationEvent, byte priority = EventPriority.Normal)
        where TEvent : IntegrationEvent
    {
        using var host = await EventBusHostAsync(fixture);
        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(integrationEvent, CancellationToken.None, priority);
    }

    /// <summary>Messages as they are, in order: a serialized event under its own name, or bytes no handler can read.</summary>
    public static async Task PublishRawAsync(StreamflixAppFixture fixture, params EventMessage[] messages)
    {
        using var host = await EventBusHostAsync(fixture);
        var publisher = host.Services.GetRequiredService<IEventMessagePublisher>();
        foreach (var message in messages)
        {
            await publisher.PublishRawAsync(message, CancellationToken.None);
        }
    }

    private static async Task<IHost> EventBusHostAsync(StreamflixAppFixture fixture)
    {
        var settings = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        settings.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventbus"] = await fixture.ConnectionStringAsync("eventbus"),
        });
        settings.AddEventBus("eventbus");
        return settings.Build();
    }
}
