using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Data;

/// <summary>The catalog's read queries, uncached (CachedCatalog puts the cache in front).</summary>
public sealed class CatalogReader(CatalogDbContext db)
{
    // Genre ids of a title in home-row order, so that a title's first genre is its main one on screen.
    private static readonly Expression<Func<Title, TitleDetails>> ToDetails = title => new TitleDetails(
        title.Id,
        title.Name,
        title.Synopsis,
        title.ReleaseYear,
        title.MaturityRating,
        title.RuntimeMinutes,
        title.Genres.OrderBy(genre => genre.DisplayOrder).ThenBy(genre => genre.Id).Select(genre => genre.Id).ToList(),
        title.Cast,
        new Poster(title.Poster.FromColor, title.Poster.ToColor, title.Poster.AngleDegrees),
        title.UpdatedAt,
        new TitleMediaDetails(
            title.Media.Status,
            title.Media.Percent,
            title.Media.DurationSeconds,
            title.Media.MasterPlaylistPath,
            title.Media.Renditions,
            title.Media.FailureReason,
            title.Media.UpdatedAt));

    public async Task<IReadOnlyList<GenreSummary>> ListGenresAsync(CancellationToken cancellationToken) =>
        await db.Genres.AsNoTracking()
            .OrderBy(genre => genre.DisplayOrder).ThenBy(genre => genre.Id)
            .Select(genre => new GenreSummary(genre.Id, genre.Name, genre.Titles.Count))
            .ToListAsync(cancellationToken);

    public async Task<TitleDetails?> FindTitleAsync(string id, CancellationToken cancellationToken) =>
        await db.Titles.AsNoTracking()
            .Where(title => title.Id == id)
            .Select(ToDetails)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<TitlePage> ListTitlesAsync(string? genreId, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var titles = db.Titles.AsNoTracking();
        if (genreId is not null)
        {
            if (!await db.Genres.AnyAsync(genre => genre.Id == genreId, cancellationToken))
            {
                throw CatalogNotFoundException.Genre(genreId);
            }

            titles = titles.Where(title => title.Genres.Any(genre => genre.Id == genreId));
        }

        var total = await titles.CountAsync(cancellationToken);
        var page = await titles.NewestFirst().Skip(offset).Take(pageSize).Select(ToDetails).ToListAsync(cancellationToken);
        return new TitlePage(page, offset, total);
    }

    /// <summary>The SQL form of <see cref="SearchQuery.Matches"/>: every word, in the name or a genre name.</summary>
    public async Task<IReadOnlyList<TitleDetails>> SearchAsync(SearchQuery query, int pageSize, CancellationToken cancellationToken)
    {
        var titles = db.Titles.AsNoTracking();
        foreach (var pattern in query.LikePatterns)
        {
            titles = titles.Where(title =>
                EF.Functions.ILike(title.Name, pattern, SearchQuery.LikeEscape)
                || title.Genres.Any(genre => EF.Functions.ILike(genre.Name, pattern, SearchQuery.LikeEscape)));
        }

        return await titles.NewestFirst().Take(pageSize).Select(ToDetails).ToListAsync(cancellationToken);
    }

    /// <summary>One row per genre that has titles, in genre order, each with its newest titles.</summary>
    public async Task<IReadOnlyList<GenreRow>> HomeRowsAsync(int titlesPerRow, CancellationToken cancellationToken)
    {
        var rows = new List<GenreRow>();
        foreach (var genre in await ListGenresAsync(cancellationToken))
        {
            if (genre.TitleCount == 0)
            {
                continue;
            }

            var titles = await db.Titles.AsNoTracking()
                .Where(title => title.Genres.Any(g => g.Id == genre.Id))
                .NewestFirst()
                .Take(titlesPerRow)
                .Select(ToDetails)
                .ToListAsync(cancellationToken);
            rows.Add(new GenreRow(genre, titles));
        }

        return rows;
    }
}
