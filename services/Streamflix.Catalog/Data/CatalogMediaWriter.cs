using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Data;

/// <summary>
/// Applies a media transition to one title. Replicas consume the same queue, so two events of one
/// title can race: the row version (Postgres xmin) turns a lost update into a retry on fresh data.
/// </summary>
public sealed class CatalogMediaWriter(CatalogDbContext db, TimeProvider clock)
{
    private const int MaxConcurrencyRetries = 5;

    public async Task<TitleUpdateOutcome> ChangeMediaAsync(
        string titleId, Func<TitleMedia, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var title = await db.Titles.Include(t => t.Genres)
                .SingleOrDefaultAsync(t => t.Id == titleId, cancellationToken);
            if (title is null)
            {
                // A job for a title that no longer exists: nothing to record.
                return new TitleUpdateOutcome(false, []);
            }

            var genres = title.Genres.Select(g => g.Id).ToList();
            if (!change(title.Media, clock.GetUtcNow()))
            {
                return new TitleUpdateOutcome(false, genres);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new TitleUpdateOutcome(true, genres);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrencyRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Titles whose demo video should be (re)queued now.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> TitlesNeedingDemoContentAsync(CancellationToken cancellationToken)
    {
        var staleBefore = clock.GetUtcNow() - TitleMedia.StaleQueueAge;
        return (await db.Titles.AsNoTracking()
                .Where(t => t.Media.Status == MediaStatus.None
                    || (t.Media.Status == MediaStatus.Queued && t.Media.UpdatedAt < staleBefore))
                .OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.Name })
                .ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name))
            .ToList();
    }
}
