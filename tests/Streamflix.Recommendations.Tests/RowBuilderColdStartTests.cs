using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Tests;

public sealed class RowBuilderColdStartTests
{
    private static Signals Catalogue() => new Signals()
        .Genre("drama", "Drama").Genre("comedy", "Comedy")
        .Title("d1", "drama", plays: 50, trending: 3, publishedDaysAgo: 30)
        .Title("d2", "drama", plays: 10, trending: 8, publishedDaysAgo: 2)
        .Title("d3", "drama", plays: 10, publishedDaysAgo: 5)
        .Title("c1", "comedy", plays: 70, publishedDaysAgo: 1)
        .Title("c2", "comedy", playable: false, plays: 99, trending: 99);

    [Fact]
    public void No_history_gives_trending_popular_new_then_genres_by_catalogue_size()
    {
        var rows = Catalogue().Rows();

        Assert.True(rows.ColdStart);
        Assert.Equal(["trending", "popular", "new", "genre:drama", "genre:comedy"], rows.Rows.Select(r => r.Id));
        Assert.Equal([RowKind.Trending, RowKind.Popular, RowKind.New, RowKind.Genre, RowKind.Genre], rows.Rows.Select(r => r.Kind));
        Assert.Equal("More Drama", rows.Rows[3].Title);
        Assert.Equal("drama", rows.Rows[3].GenreId);
    }

    [Fact]
    public void Cold_rows_are_ordered_by_trending_plays_and_publication()
    {
        var rows = Catalogue().Rows().Rows.ToDictionary(r => r.Id);

        Assert.Equal(["d2", "d1"], rows["trending"].TitleIds);
        // Plays first, then the newer of equally played titles (d2 before d3).
        Assert.Equal(["c1", "d1", "d2", "d3"], rows["popular"].TitleIds);
        Assert.Equal(["c1", "d2", "d3", "d1"], rows["new"].TitleIds);
    }

    [Fact]
    public void Titles_that_are_not_playable_are_never_recommended()
    {
        var rows = Catalogue().Rows();

        Assert.All(rows.Rows, r => Assert.DoesNotContain("c2", r.TitleIds));
    }

    [Fact]
    public void Kids_profile_gets_only_kids_titles_and_no_genre_without_them()
    {
        var rows = Catalogue()
            .Title("k1", "comedy", kids: true, plays: 1, trending: 1)
            .Title("k2", "comedy", kids: true, publishedDaysAgo: 0)
            .Rows(kids: true);

        Assert.All(rows.Rows, r => Assert.All(r.TitleIds, id => Assert.StartsWith("k", id)));
        Assert.Equal(["trending", "popular", "new", "genre:comedy"], rows.Rows.Select(r => r.Id));
        Assert.Equal(["k2", "k1"], rows.Rows.Single(r => r.Id == "new").TitleIds);
    }

    [Fact]
    public void Rows_without_titles_are_dropped()
    {
        var rows = new Signals().Title("d1", "drama").Rows();

        // Nothing was played recently: no trending row at all rather than an empty one.
        Assert.DoesNotContain(rows.Rows, r => r.Kind == RowKind.Trending);
        Assert.All(rows.Rows, r => Assert.NotEmpty(r.TitleIds));
    }

    [Fact]
    public void An_empty_catalogue_gives_no_rows()
    {
        var rows = new Signals().Rows();

        Assert.Empty(rows.Rows);
        Assert.True(rows.ColdStart);
    }

    [Fact]
    public void Unnamed_genre_reads_as_words()
    {
        var rows = new Signals().Title("s1", "sci-fi").Rows();

        Assert.Equal("More Sci Fi", rows.Rows.Single(r => r.Kind == RowKind.Genre).Title);
    }
}
