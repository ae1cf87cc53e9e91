using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Events;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

/// <summary>Sampled progress: how far the profile got and when it last watched (its history's order).</summary>
public sealed class PlaybackProgressedHandler(
    RecommendationsDbContext db, ViewingSignalWriter writer, ChangedSignals changed, TimeProvider clock)
    : InboxEventHandler<PlaybackProgressed, RecommendationsDbContext>(db)
{
    protected override async Task ApplyAsync(PlaybackProgressed integrationEvent, CancellationToken cancellationToken)
    {
        await writer.RecordProgressAsync(
            integrationEvent.AccountId,
            integrationEvent.ProfileId,
            integrationEvent.TitleId,
            integrationEvent.PositionSeconds,
            integrationEvent.DurationSeconds,
            EventTime.Of(integrationEvent.OccurredAt, clock),
            cancellationToken);
        changed.Profile(integrationEvent.ProfileId);
    }
}
