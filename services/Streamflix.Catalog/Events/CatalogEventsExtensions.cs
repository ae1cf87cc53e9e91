using Streamflix.Encoder.Events;

namespace Streamflix.Catalog.Events;

public static class CatalogEventsExtensions
{
    /// <summary>The events the catalog reacts to and the demo content it queues.</summary>
    public static IHostApplicationBuilder AddCatalogEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus("eventbus")
            .AddSubscription<EncodingStarted, EncodingStartedHandler>()
            .AddSubscription<EncodingProgressed, EncodingProgressedHandler>()
            .AddSubscription<EncodingCompleted, EncodingCompletedHandler>()
            .AddSubscription<EncodingFailed, EncodingFailedHandler>();

        builder.Services.Configure<DemoContentOptions>(builder.Configuration.GetSection("Catalog:DemoContent"));
        builder.Services.AddHostedService<DemoContentScheduler>();
        return builder;
    }
}
