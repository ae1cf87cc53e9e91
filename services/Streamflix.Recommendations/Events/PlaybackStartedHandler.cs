using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Events;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

/// <summary>A profile started a title: a play, trending, genre affinity, and (first start) co-occurrence.</summary>
public sealed class PlaybackStartedHandler(
    RecommendationsDbContext db, ViewingSignalWriter writer, ChangedSignals changed, TimeProvider clock)
    : InboxEventHandler<PlaybackStarted, RecommendationsDbContext>(db)
{
    protected override async Task ApplyAsync(PlaybackStarted integrationEvent, CancellationToken cancellationToken)
    {
        await writer.RecordStartAsync(
            integrationEvent.AccountId,
            integrationEvent.ProfileId,
            integrationEvent.TitleId,
            EventTime.Of(integrationEvent.OccurredAt, clock),
            cancellationToken);
        changed.Profile(integrationEvent.ProfileId);
    }
}
