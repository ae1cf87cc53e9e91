using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Events;
using Streamflix.Catalog.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Catalog.Data;

/// <summary>What an update did: whether stored data changed, and the title's genres (for invalidation).</summary>
public sealed record TitleUpdateOutcome(bool Changed, IReadOnlyList<string> GenreIds);

public sealed class CatalogWriter(CatalogDbContext db, TimeProvider clock)
{
    public async Task<TitleUpdateOutcome> UpdateTitleAsync(TitleUpdate update, CancellationToken cancellationToken)
    {
        var title = await db.Titles
            .Include(t => t.Genres)
            .SingleOrDefaultAsync(t => t.Id == update.Id, cancellationToken)
            ?? throw CatalogNotFoundException.Title(update.Id);

        var now = clock.GetUtcNow();
        var changed = title.Apply(update, now);
        if (changed)
        {
            // Stored with the change or not at all; a repeated update changes nothing and announces nothing.
            db.AddOutboxEvent(TitleEvents.Updated(title, now));
            await db.SaveChangesAsync(cancellationToken);
            CatalogTelemetry.TitlesUpdated.Add(1);
        }

        return new TitleUpdateOutcome(changed, [.. title.Genres.Select(genre => genre.Id)]);
    }
}
