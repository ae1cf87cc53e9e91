using Streamflix.Catalog.Events;
using Streamflix.EventBus.Outbox;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

/// <summary>An admin edited a title: name, genres and kids flag follow; whether it is playable does not change.</summary>
public sealed class TitleUpdatedHandler(
    RecommendationsDbContext db, CatalogMirror mirror, ChangedSignals changed, TimeProvider clock)
    : InboxEventHandler<TitleUpdated, RecommendationsDbContext>(db)
{
    protected override async Task ApplyAsync(TitleUpdated integrationEvent, CancellationToken cancellationToken)
    {
        await mirror.UpsertTitleAsync(
            integrationEvent.TitleId,
            integrationEvent.Name,
            integrationEvent.GenreIds ?? [],
            integrationEvent.IsKids,
            integrationEvent.ReleaseYear,
            metadataAsOf: EventTime.Of(integrationEvent.OccurredAt, clock),
            playableSince: null,
            cancellationToken);
        changed.Catalog();
    }
}
