using Streamflix.Catalog.Events;
using Streamflix.EventBus.Outbox;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Events;

/// <summary>A title became playable (or was re-encoded): it may be recommended from now on.</summary>
public sealed class TitlePublishedHandler(
    RecommendationsDbContext db, CatalogMirror mirror, ChangedSignals changed, TimeProvider clock)
    : InboxEventHandler<TitlePublished, RecommendationsDbContext>(db)
{
    protected override async Task ApplyAsync(TitlePublished integrationEvent, CancellationToken cancellationToken)
    {
        var at = EventTime.Of(integrationEvent.OccurredAt, clock);
        await mirror.UpsertTitleAsync(
            integrationEvent.TitleId,
            integrationEvent.Name,
            integrationEvent.GenreIds ?? [],
            integrationEvent.IsKids,
            integrationEvent.ReleaseYear,
            metadataAsOf: at,
            playableSince: at,
            cancellationToken);
        changed.Catalog();
    }
}
