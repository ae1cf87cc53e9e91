using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Data;

/// <summary>Reads the durable signals into the model's inputs, decaying scores to "now" as it goes.</summary>
public sealed class SignalsReader(RecommendationsDbContext db, IOptions<RecommendationsOptions> options, TimeProvider clock)
{
    /// <summary>Enough history to know what was finished; the rows only seed from the most recent.</summary>
    public const int HistoryLimit = 1000;

    /// <summary>The strongest neighbours of each seed title that are read.</summary>
    public const int NeighboursPerSeed = 100;

    public async Task<SharedSignals> LoadSharedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var halfLife = options.Value.TrendingHalfLife;
        var titles = await db.Titles.AsNoTracking().ToListAsync(cancellationToken);
        var genres = await db.Genres.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, StringComparer.Ordinal, cancellationToken);
        var counters = await db.TrendingCounters.AsNoTracking().ToListAsync(cancellationToken);
        return new SharedSignals(
            titles.ToDictionary(
                t => t.Id,
                t => new CatalogTitle(t.Id, t.Name, t.GenreIds, t.IsKids, t.ReleaseYear, t.PublishedAt),
                StringComparer.Ordinal),
            genres,
            counters.ToDictionary(c => c.TitleId, c => DecayingScore.ValueAt(c.Score, c.UpdatedAt, now, halfLife), StringComparer.Ordinal),
            counters.ToDictionary(c => c.TitleId, c => c.AllTimePlays, StringComparer.Ordinal));
    }

    public async Task<ProfileSignals> LoadProfileAsync(Guid profileId, bool isKids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var history = await db.ProfileTitles.AsNoTracking()
            .Where(p => p.ProfileId == profileId)
            .OrderByDescending(p => p.LastWatchedAt)
            .ThenBy(p => p.TitleId)
            .Take(HistoryLimit)
            .Select(p => new WatchedTitle(p.TitleId, p.LastWatchedAt, p.Finished))
            .ToListAsync(cancellationToken);
        if (history.Count == 0)
        {
            return ProfileSignals.ColdStart(isKids);
        }

        var halfLife = options.Value.AffinityHalfLife;
        var affinity = (await db.GenreAffinity.AsNoTracking().Where(a => a.ProfileId == profileId).ToListAsync(cancellationToken))
            .ToDictionary(a => a.GenreId, a => DecayingScore.ValueAt(a.Weight, a.UpdatedAt, now, halfLife), StringComparer.Ordinal);

        var seeds = history.Take(ProfileSignals.RecentSeeds).Select(h => h.TitleId).ToArray();
        var pairs = await db.CoOccurrence
            .FromSql($"""
                SELECT title_a, title_b, weight FROM (
                  SELECT title_a, title_b, weight,
                         row_number() OVER (PARTITION BY title_a ORDER BY weight DESC, title_b) AS rank
                  FROM co_occurrence WHERE title_a = ANY({seeds})
                ) ranked WHERE rank <= {NeighboursPerSeed}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var neighbours = pairs
            .GroupBy(p => p.TitleA, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<Neighbour>)g.Select(p => new Neighbour(p.TitleB, p.Weight)).ToList(),
                StringComparer.Ordinal);

        return new ProfileSignals(isKids, history, affinity, neighbours);
    }
}
