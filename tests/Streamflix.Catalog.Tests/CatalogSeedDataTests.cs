using System.Text.RegularExpressions;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed partial class CatalogSeedDataTests
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex HexColour();

    [Fact]
    public void There_are_at_least_40_titles_and_8_genres()
    {
        Assert.True(CatalogSeedData.Titles.Count >= 40, $"{CatalogSeedData.Titles.Count} titles");
        Assert.True(CatalogSeedData.Genres.Count >= 8, $"{CatalogSeedData.Genres.Count} genres");
    }

    [Fact]
    public void Title_and_genre_ids_are_unique_slugs()
    {
        var ids = CatalogSeedData.Titles.Select(t => t.Id).Concat(CatalogSeedData.Genres.Select(g => g.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(Slug(), id));
        Assert.All(ids, id => Assert.True(id.Length <= CatalogIds.MaxLength));
    }

    [Fact]
    public void Every_title_has_at_least_one_genre_and_only_existing_ones()
    {
        var genreIds = CatalogSeedData.Genres.Select(g => g.Id).ToHashSet();
        Assert.All(CatalogSeedData.Titles, title =>
        {
            Assert.NotEmpty(title.GenreIds);
            Assert.All(title.GenreIds, id => Assert.Contains(id, genreIds));
            Assert.Equal(title.GenreIds.Length, title.GenreIds.Distinct().Count());
        });
    }

    [Fact]
    public void Every_genre_has_titles_so_every_home_row_is_filled()
    {
        var used = CatalogSeedData.Titles.SelectMany(t => t.GenreIds).ToHashSet();
        Assert.All(CatalogSeedData.Genres, genre => Assert.Contains(genre.Id, used));
    }

    [Fact]
    public void Every_title_passes_the_rules_an_update_would_apply()
    {
        Assert.All(CatalogSeedData.Titles, title =>
        {
            // Throws if any field breaks a rule.
            TitleUpdate.Create(title.Id, title.Name, title.Synopsis, title.ReleaseYear, title.MaturityRating, title.RuntimeMinutes, ThisYear);
            Assert.Equal(title.MaturityRating, MaturityRatings.Normalize(title.MaturityRating));
            Assert.False(string.IsNullOrWhiteSpace(title.Synopsis));
            Assert.NotEmpty(title.Cast);
        });
    }

    [Fact]
    public void Every_poster_is_a_gradient_of_two_hex_colours()
    {
        Assert.All(CatalogSeedData.Titles, title =>
        {
            Assert.Matches(HexColour(), title.FromColor);
            Assert.Matches(HexColour(), title.ToColor);
            Assert.InRange(title.AngleDegrees, 0, 359);
        });
    }

    [Fact]
    public void The_catalog_has_titles_for_kids_and_for_adults()
    {
        Assert.Contains(CatalogSeedData.Titles, t => MaturityRatings.IsKids(t.MaturityRating));
        Assert.Contains(CatalogSeedData.Titles, t => !MaturityRatings.IsKids(t.MaturityRating));
    }

    [Fact]
    public void Genre_display_orders_are_distinct() =>
        Assert.Equal(CatalogSeedData.Genres.Count, CatalogSeedData.Genres.Select(g => g.DisplayOrder).Distinct().Count());
}
