using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Recommendations;
using static Streamflix.Web.Tests.RecommendationSamples;

namespace Streamflix.Web.Tests;

public sealed class RecommendedRowsTests
{
    private static readonly IReadOnlyDictionary<string, TitleSummary> Titles = new[] { "a", "b", "c", "cartoon-kids", "tales-kids" }
        .ToDictionary(id => id, id => new TitleSummary(id, $"Title {id}", 2020, "PG-13", "", IsKids: id.EndsWith("-kids", StringComparison.Ordinal)));

    [Fact]
    public void Rows_keep_the_service_order_and_each_row_its_title_order()
    {
        var rows = RecommendedRows.Resolve(
        [
            Row("trending", RowKind.Trending, "Trending now", "c", "a"),
            Row("because:a", RowKind.BecauseYouWatched, "Because you watched Title a", "b", "c"),
        ], Titles, PlaybackSamples.Adult);

        Assert.Equal(["trending", "because:a"], rows.Select(r => r.Id));
        Assert.Equal(["c", "a"], rows[0].Titles.Select(t => t.Id));
        Assert.Equal(["b", "c"], rows[1].Titles.Select(t => t.Id));
        Assert.Equal("Because you watched Title a", rows[1].Title);
        Assert.Equal("Title b", rows[1].Titles[0].Name);
    }

    [Fact]
    public void Ids_the_catalog_does_not_know_are_skipped_and_a_row_left_empty_is_dropped()
    {
        var rows = RecommendedRows.Resolve(
        [
            Row("new", RowKind.New, "New on Streamflix", "gone", "a", "also-gone", "b"),
            Row("genre:noir", RowKind.Genre, "Noir", "gone"),
        ], Titles, PlaybackSamples.Adult);

        var row = Assert.Single(rows);
        Assert.Equal(["a", "b"], row.Titles.Select(t => t.Id));
    }

    [Fact]
    public void A_kids_profile_keeps_only_kids_titles()
    {
        var rows = RecommendedRows.Resolve(
        [
            Row("top-picks", RowKind.TopPicks, "Top picks", "a", "cartoon-kids", "b", "tales-kids"),
            Row("trending", RowKind.Trending, "Trending", "a", "c"),
        ], Titles, PlaybackSamples.Child);

        var row = Assert.Single(rows);
        Assert.Equal(["cartoon-kids", "tales-kids"], row.Titles.Select(t => t.Id));
    }

    [Fact]
    public void A_title_named_twice_in_a_row_is_shown_once()
    {
        var row = Assert.Single(RecommendedRows.Resolve([Row("popular", RowKind.Popular, "Popular", "a", "b", "a")], Titles, null));

        Assert.Equal(["a", "b"], row.Titles.Select(t => t.Id));
    }

    [Theory]
    [InlineData(RowKind.BecauseYouWatched, "because-you-watched")]
    [InlineData(RowKind.TopPicks, "top-picks")]
    [InlineData(RowKind.Trending, "trending")]
    [InlineData(RowKind.New, "new")]
    [InlineData(RowKind.Genre, "genre")]
    [InlineData(RowKind.Popular, "popular")]
    [InlineData(RowKind.Unspecified, "other")]
    public void Each_kind_has_its_markup_word(RowKind kind, string word)
    {
        Assert.Equal(word, Assert.Single(RecommendedRows.Resolve([Row("r", kind, "R", "a")], Titles, null)).Kind);
    }

    [Fact]
    public void A_row_without_a_title_gets_a_heading_for_its_kind()
    {
        var row = Assert.Single(RecommendedRows.Resolve([Row("trending", RowKind.Trending, " ", "a")], Titles, null));

        Assert.Equal("Trending now", row.Title);
    }
}
