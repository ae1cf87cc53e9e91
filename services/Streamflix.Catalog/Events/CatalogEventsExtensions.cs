using Streamflix.Catalog.Data;
using Streamflix.Encoder.Events;

namespace Streamflix.Catalog.Events;

public static class CatalogEventsExtensions
{
    /// <summary>
    /// The events the catalog reacts to, the demo content it queues, and TitlePublished /
    /// TitleUpdated out through the outbox relay (RabbitMQ "eventbus").
    /// </summary>
    public static IHostApplicationBuilder AddCatalogEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus("eventbus")
            .AddSubscription<EncodingStarted, EncodingStartedHandler>()
            .AddSubscription<EncodingProgressed, EncodingProgressedHandler>()
            .AddSubscription<EncodingCompleted, EncodingCompletedHandler>()
            .AddSubscription<EncodingFailed, EncodingFailedHandler>();
        builder.AddOutboxRelay<CatalogDbContext>();

        builder.Services.Configure<DemoContentOptions>(builder.Configuration.GetSection("Catalog:DemoContent"));
        builder.Services.AddHostedService<DemoContentScheduler>();
        return builder;
    }
}
