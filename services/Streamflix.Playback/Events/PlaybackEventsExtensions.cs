using Streamflix.Billing.Events;
using Streamflix.Playback.Data;

namespace Streamflix.Playback.Events;

public static class PlaybackEventsExtensions
{
    /// <summary>
    /// SubscriptionChanged in (refreshes cached entitlements); PlaybackStarted / Progressed /
    /// Completed out, through the outbox relay (RabbitMQ "eventbus").
    /// </summary>
    public static IHostApplicationBuilder AddPlaybackEvents(this IHostApplicationBuilder builder)
    {
        builder.AddEventBus("eventbus")
            .AddSubscription<SubscriptionChanged, SubscriptionChangedHandler>();
        builder.AddOutboxRelay<PlaybackDbContext>();
        return builder;
    }
}
