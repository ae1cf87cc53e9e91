using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Tests;

public sealed class RowBuilderPersonalTests
{
    private static Signals Catalogue() => new Signals()
        .Genre("drama", "Drama").Genre("comedy", "Comedy").Genre("horror", "Horror")
        .Title("d1", "drama", plays: 40, trending: 2)
        .Title("d2", "drama", plays: 30, trending: 5)
        .Title("d3", "drama", plays: 20)
        .Title("d4", "drama", plays: 10)
        .Title("c1", "comedy", plays: 60, trending: 9, publishedDaysAgo: 1)
        .Title("c2", "comedy", plays: 5)
        .Title("c3", "comedy", plays: 4)
        .Title("h1", "horror", plays: 3);

    private static Signals Viewer() => Catalogue()
        .Watched("d1", finished: true)
        .Watched("c2")
        .Likes("drama", 5).Likes("comedy", 2)
        .CoWatched("c2", "c3", 4).CoWatched("c2", "d2", 3).CoWatched("c2", "h1", 2).CoWatched("c2", "d1", 9)
        .CoWatched("d1", "d3", 5).CoWatched("d1", "d2", 1);

    [Fact]
    public void Rows_come_in_the_documented_order()
    {
        var rows = Viewer().Rows();

        Assert.False(rows.ColdStart);
        Assert.Equal(
            ["because:c2", "because:d1", "top-picks", "trending", "new", "genre:drama", "genre:comedy"],
            rows.Rows.Select(r => r.Id));
        Assert.Equal("Because you watched Name of c2", rows.Rows[0].Title);
        Assert.Equal("c2", rows.Rows[0].SeedTitleId);
        Assert.Equal(RowKind.TopPicks, rows.Rows[2].Kind);
    }

    [Fact]
    public void Because_you_watched_lists_neighbours_by_weight_without_seen_titles()
    {
        var rows = Viewer().Rows().Rows.ToDictionary(r => r.Id);

        // d1 is the heaviest neighbour of c2 but was finished; the seed itself is never listed.
        Assert.Equal(["c3", "d2", "h1"], rows["because:c2"].TitleIds);
    }

    [Fact]
    public void Because_you_watched_falls_back_to_same_genre_titles_when_neighbours_are_few()
    {
        var rows = Viewer().Rows().Rows.ToDictionary(r => r.Id);

        // d1 has two usable neighbours (d3, d2): drama titles by popularity fill in after them.
        Assert.Equal(["d3", "d2", "d4"], rows["because:d1"].TitleIds);
    }

    [Fact]
    public void A_finished_title_is_left_out_of_every_row()
    {
        var rows = Viewer().Rows();

        Assert.All(rows.Rows, r => Assert.DoesNotContain("d1", r.TitleIds));
    }

    [Fact]
    public void A_started_title_stays_out_of_personal_rows_but_not_shared_ones()
    {
        var rows = Viewer().Rows().Rows.ToDictionary(r => r.Id);

        Assert.DoesNotContain("c2", rows["top-picks"].TitleIds);
        Assert.DoesNotContain("c2", rows["because:d1"].TitleIds);
        Assert.Contains("c2", rows["genre:comedy"].TitleIds);
    }

    [Fact]
    public void Genre_rows_follow_the_profiles_two_strongest_affinities()
    {
        var rows = Viewer().Likes("horror", 3).Rows();

        Assert.Equal(["genre:drama", "genre:horror"], rows.Rows.Where(r => r.Kind == RowKind.Genre).Select(r => r.Id));
    }

    [Fact]
    public void Kids_profile_with_history_sees_kids_titles_only()
    {
        var rows = Catalogue()
            .Title("k1", "comedy", kids: true, plays: 2)
            .Title("k2", "comedy", kids: true, plays: 1)
            .Title("k3", "comedy", kids: true)
            .Watched("k1")
            .Likes("comedy", 1)
            .CoWatched("k1", "c1", 10).CoWatched("k1", "k2", 1)
            .Rows(kids: true);

        Assert.NotEmpty(rows.Rows);
        Assert.All(rows.Rows, r => Assert.All(r.TitleIds, id => Assert.StartsWith("k", id)));
        Assert.Equal(["k2", "k3"], rows.Rows.Single(r => r.Id == "because:k1").TitleIds);
    }

    [Fact]
    public void No_row_lists_a_title_twice()
    {
        // The same neighbour reported twice (two stored directions merged) must still appear once.
        var rows = Viewer().CoWatched("c2", "c3", 1).Rows();

        Assert.All(rows.Rows, r => Assert.Equal(r.TitleIds.Count, r.TitleIds.Distinct().Count()));
    }

    [Fact]
    public void Limits_cut_rows_and_titles_the_same_as_building_small()
    {
        var wide = Viewer().Rows();
        var narrow = Viewer().Rows(titlesPerRow: 2, maxRows: 3);

        Assert.Equal(3, narrow.Rows.Count);
        Assert.All(narrow.Rows, r => Assert.True(r.TitleIds.Count <= 2));
        Assert.Equal(
            wide.Within(new RowLimits(2, 3)).Rows.Select(r => (r.Id, string.Join(",", r.TitleIds))),
            narrow.Rows.Select(r => (r.Id, string.Join(",", r.TitleIds))));
    }

    [Fact]
    public void Same_signals_give_the_same_rows_whatever_order_they_were_read_in()
    {
        var ordered = Viewer().Rows();
        var shuffled = Viewer();
        var shared = shuffled.Shared();
        var reversed = new SharedSignals(
            shared.Titles.Reverse().ToDictionary(t => t.Key, t => t.Value),
            shared.GenreNames,
            shared.Trending.Reverse().ToDictionary(t => t.Key, t => t.Value),
            shared.Plays.Reverse().ToDictionary(t => t.Key, t => t.Value));
        var profile = shuffled.Profile();
        var reversedProfile = profile with
        {
            GenreAffinity = profile.GenreAffinity.Reverse().ToDictionary(a => a.Key, a => a.Value),
            Neighbours = profile.Neighbours.ToDictionary(n => n.Key, n => (IReadOnlyList<Neighbour>)n.Value.Reverse().ToList()),
        };

        var again = RowBuilder.Build(reversedProfile, reversed, new RowLimits(40, 20));

        Assert.Equal(
            ordered.Rows.Select(r => (r.Id, string.Join(",", r.TitleIds))),
            again.Rows.Select(r => (r.Id, string.Join(",", r.TitleIds))));
    }

    [Fact]
    public void Equal_scores_are_broken_by_title_id()
    {
        var rows = new Signals()
            .Title("b", "drama", trending: 1, publishedDaysAgo: 3)
            .Title("a", "drama", trending: 1, publishedDaysAgo: 3)
            .Title("c", "drama", trending: 1, publishedDaysAgo: 3)
            .Rows();

        Assert.All(rows.Rows, r => Assert.Equal(["a", "b", "c"], r.TitleIds));
    }
}
