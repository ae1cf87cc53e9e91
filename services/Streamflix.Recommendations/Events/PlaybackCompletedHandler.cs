using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Events;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

/// <summary>A profile finished a title: it leaves that profile's rows, and its genres gain affinity.</summary>
public sealed class PlaybackCompletedHandler(
    RecommendationsDbContext db, ViewingSignalWriter writer, ChangedSignals changed, TimeProvider clock)
    : InboxEventHandler<PlaybackCompleted, RecommendationsDbContext>(db)
{
    protected override async Task ApplyAsync(PlaybackCompleted integrationEvent, CancellationToken cancellationToken)
    {
        await writer.RecordCompletionAsync(
            integrationEvent.AccountId,
            integrationEvent.ProfileId,
            integrationEvent.TitleId,
            EventTime.Of(integrationEvent.OccurredAt, clock),
            cancellationToken);
        changed.Profile(integrationEvent.ProfileId);
    }
}
