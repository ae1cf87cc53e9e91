using Microsoft.EntityFrameworkCore;

namespace Streamflix.Recommendations.Data;

/// <summary>
/// Keeps the mirrored catalogue current from catalog events and the start-up bootstrap. Metadata
/// only moves forward (a late edit cannot undo a newer one); the publication time is set once, the
/// first time the title is known to be playable, and never cleared here (a re-encode keeps it).
/// </summary>
public sealed class CatalogMirror(RecommendationsDbContext db)
{
    public Task UpsertTitleAsync(
        string titleId,
        string name,
        IEnumerable<string> genreIds,
        bool isKids,
        int releaseYear,
        DateTimeOffset metadataAsOf,
        DateTimeOffset? playableSince,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titleId);
        var genres = genreIds.Where(g => !string.IsNullOrWhiteSpace(g)).Distinct(StringComparer.Ordinal).ToArray();
        var asOf = metadataAsOf.ToUniversalTime();
        var published = playableSince?.ToUniversalTime();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO titles (id, name, genre_ids, is_kids, release_year, published_at, metadata_as_of)
            VALUES ({titleId}, {name}, {genres}, {isKids}, {releaseYear}, {published}, {asOf})
            ON CONFLICT (id) DO UPDATE SET
              name = CASE WHEN excluded.metadata_as_of >= titles.metadata_as_of THEN excluded.name ELSE titles.name END,
              genre_ids = CASE WHEN excluded.metadata_as_of >= titles.metadata_as_of THEN excluded.genre_ids ELSE titles.genre_ids END,
              is_kids = CASE WHEN excluded.metadata_as_of >= titles.metadata_as_of THEN excluded.is_kids ELSE titles.is_kids END,
              release_year = CASE WHEN excluded.metadata_as_of >= titles.metadata_as_of THEN excluded.release_year ELSE titles.release_year END,
              metadata_as_of = GREATEST(titles.metadata_as_of, excluded.metadata_as_of),
              published_at = COALESCE(titles.published_at, excluded.published_at)
            """, cancellationToken);
    }

    public Task UpsertGenreAsync(string genreId, string name, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO genres (id, name) VALUES ({genreId}, {name})
            ON CONFLICT (id) DO UPDATE SET name = excluded.name
            """, cancellationToken);
}
