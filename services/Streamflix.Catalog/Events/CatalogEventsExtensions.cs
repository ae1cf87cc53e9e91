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

        builder.Services.AddOptions<DemoContentOptions>()
            .BindConfiguration("Catalog:DemoContent")
            .Validate(o => o.MaxTitles >= 0, "Catalog:DemoContent:MaxTitles must be 0 (every title) or more.")
            .Validate(o => o.DurationSeconds >= 0, "Catalog:DemoContent:DurationSeconds must be 0 (per title) or more.")
            .ValidateOnStart();
        builder.Services.AddHostedService<DemoContentScheduler>();
        return builder;
    }
}
