using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Events;
using Streamflix.Catalog.Model;
using Streamflix.EventBus;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Catalog.Data;

/// <summary>
/// Applies a media transition to one title. Replicas consume the same queue, so two events of one
/// title can race: the row version (Postgres xmin) turns a lost update into a retry on fresh data.
/// An event a transition announces is staged in the outbox of the same SaveChanges, once per
/// attempt: a retry clears the tracker (the staged row too) and stages it again only if the
/// transition still applies to the fresh data.
/// </summary>
public sealed class CatalogMediaWriter(CatalogDbContext db, TimeProvider clock)
{
    private const int MaxConcurrencyRetries = 5;

    /// <summary>A transition nobody outside the catalog hears about (queued, started, progress, failed).</summary>
    public Task<TitleUpdateOutcome> ChangeMediaAsync(
        string titleId, Func<TitleMedia, DateTimeOffset, bool> change, CancellationToken cancellationToken) =>
        ApplyAsync(titleId, change, announce: null, cancellationToken);

    /// <summary>
    /// A completed encode: when it applies (a first ladder or a re-encode, not a redelivery) the
    /// title is playable with new media, and TitlePublished goes out with the change.
    /// </summary>
    public Task<TitleUpdateOutcome> CompleteMediaAsync(
        string titleId, Func<TitleMedia, DateTimeOffset, bool> complete, CancellationToken cancellationToken) =>
        ApplyAsync(titleId, complete, TitleEvents.Published, cancellationToken);

    private async Task<TitleUpdateOutcome> ApplyAsync(
        string titleId,
        Func<TitleMedia, DateTimeOffset, bool> change,
        Func<Title, DateTimeOffset, IntegrationEvent>? announce,
        CancellationToken cancellationToken)
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
            var now = clock.GetUtcNow();
            if (!change(title.Media, now))
            {
                return new TitleUpdateOutcome(false, genres);
            }

            if (announce is not null)
            {
                db.AddOutboxEvent(announce(title, now));
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

    /// <summary>Titles whose demo video should be (re)queued now, in id order, within the cap (0: no cap).</summary>
    public async Task<IReadOnlyList<DemoCandidate>> TitlesNeedingDemoContentAsync(int cap, CancellationToken cancellationToken)
    {
        var staleBefore = clock.GetUtcNow() - TitleMedia.StaleQueueAge;
        var candidates = await db.Titles.AsNoTracking()
            .Where(t => t.Media.Status == MediaStatus.None
                || (t.Media.Status == MediaStatus.Queued && t.Media.UpdatedAt < staleBefore))
            .OrderBy(t => t.Id)
            .Select(t => new DemoCandidate(t.Id, t.Name, t.Media.Status == MediaStatus.Queued))
            .ToListAsync(cancellationToken);
        var withMedia = cap == 0 ? 0 : await db.Titles.CountAsync(t => t.Media.Status != MediaStatus.None, cancellationToken);
        return DemoContentBudget.Pick(candidates, withMedia, cap);
    }
}
