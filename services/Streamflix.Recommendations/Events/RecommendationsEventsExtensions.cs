using Streamflix.Catalog.Events;
using Streamflix.EventBus;
using Streamflix.Playback.Events;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

public static class RecommendationsEventsExtensions
{
    /// <summary>
    /// Viewing events from playback and title events from catalog (RabbitMQ "eventbus"), each applied
    /// once through the inbox and followed, after commit, by a rebuild of the rows it made stale.
    /// </summary>
    public static IHostApplicationBuilder AddRecommendationsEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChangedSignals>();
        builder.Services.AddScoped<PlaybackStartedHandler>();
        builder.Services.AddScoped<PlaybackProgressedHandler>();
        builder.Services.AddScoped<PlaybackCompletedHandler>();
        builder.Services.AddScoped<TitlePublishedHandler>();
        builder.Services.AddScoped<TitleUpdatedHandler>();
        builder.AddEventBus("eventbus")
            .AddSubscription<PlaybackStarted, RowsRefreshingHandler<PlaybackStarted, PlaybackStartedHandler>>()
            .AddSubscription<PlaybackProgressed, RowsRefreshingHandler<PlaybackProgressed, PlaybackProgressedHandler>>()
            .AddSubscription<PlaybackCompleted, RowsRefreshingHandler<PlaybackCompleted, PlaybackCompletedHandler>>()
            .AddSubscription<TitlePublished, RowsRefreshingHandler<TitlePublished, TitlePublishedHandler>>()
            .AddSubscription<TitleUpdated, RowsRefreshingHandler<TitleUpdated, TitleUpdatedHandler>>();
        return builder;
    }
}
