using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Data;

/// <summary>
/// Inserts the seed genres and titles that the database lacks, by id. Running it again (another
/// replica, a restart) inserts nothing; titles an admin has edited are never overwritten.
/// </summary>
public static class CatalogSeeder
{
    public static async Task<int> SeedAsync(CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var genres = await db.Genres.ToDictionaryAsync(genre => genre.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var seed in CatalogSeedData.Genres.Where(seed => !genres.ContainsKey(seed.Id)))
        {
            var genre = new Genre { Id = seed.Id, Name = seed.Name, DisplayOrder = seed.DisplayOrder };
            genres.Add(genre.Id, genre);
            db.Genres.Add(genre);
        }

        var existingTitleIds = await db.Titles.Select(title => title.Id).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var seed in CatalogSeedData.Titles.Where(seed => !existingTitleIds.Contains(seed.Id)))
        {
            var title = new Title
            {
                Id = seed.Id,
                Name = seed.Name,
                Synopsis = seed.Synopsis,
                ReleaseYear = seed.ReleaseYear,
                MaturityRating = seed.MaturityRating,
                RuntimeMinutes = seed.RuntimeMinutes,
                Cast = [.. seed.Cast],
                Poster = new Poster(seed.FromColor, seed.ToColor, seed.AngleDegrees),
                UpdatedAt = now,
            };
            title.Genres.AddRange(seed.GenreIds.Select(id => genres[id]));
            db.Titles.Add(title);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        CatalogTelemetry.TitlesSeeded.Add(added);
        return added;
    }
}
