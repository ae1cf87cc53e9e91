using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Tests;

public sealed class TopPicksScorerTests
{
    private static IReadOnlyList<TopPicksScorer.Pick> Rank(Signals signals) =>
        TopPicksScorer.Rank(signals.Profile(), signals.Shared(), t => t.IsPlayable && t.Id != "seed");

    [Fact]
    public void Co_occurrence_is_normalised_by_popularity()
    {
        // Both co-occur 10 times with the seed, but "hit" is played by everyone: "niche" says more.
        var picks = Rank(new Signals()
            .Title("seed", "drama", plays: 20)
            .Title("hit", "drama", plays: 1000)
            .Title("niche", "drama", plays: 12)
            .Watched("seed")
            .CoWatched("seed", "hit", 10).CoWatched("seed", "niche", 10));

        Assert.Equal(["niche", "hit"], picks.Select(p => p.TitleId));
        Assert.True(picks[0].Score > 2 * picks[1].Score);
    }

    [Fact]
    public void Score_adds_collaborative_affinity_and_trending_parts()
    {
        var picks = Rank(new Signals()
            .Title("seed", "drama", plays: 3)
            .Title("x", "drama", plays: 3, trending: 4)
            .Title("y", "comedy", plays: 3, trending: 2)
            .Watched("seed")
            .Likes("drama", 4).Likes("comedy", 1)
            .CoWatched("seed", "x", 2).CoWatched("seed", "y", 1));

        var x = picks.Single(p => p.TitleId == "x").Score;
        var y = picks.Single(p => p.TitleId == "y").Score;
        // x: the strongest collaborative (1), full affinity, full trending.
        Assert.Equal(1 + TopPicksScorer.AffinityFactor + TopPicksScorer.TrendingFactor, x, 9);
        // y: half the collaborative, a quarter of the affinity, half the trending.
        Assert.Equal(0.5 + TopPicksScorer.AffinityFactor * 0.25 + TopPicksScorer.TrendingFactor * 0.5, y, 9);
    }

    [Fact]
    public void More_recent_seeds_weigh_more()
    {
        var picks = Rank(new Signals()
            .Title("old", "drama", plays: 5)
            .Title("recent", "drama", plays: 5)
            .Title("from-old", "drama", plays: 5)
            .Title("from-recent", "drama", plays: 5)
            .Watched("old")
            .Watched("recent")
            .CoWatched("old", "from-old", 3).CoWatched("recent", "from-recent", 3));

        Assert.Equal("from-recent", picks[0].TitleId);
    }

    [Fact]
    public void Titles_with_no_signal_are_not_picked()
    {
        var picks = Rank(new Signals()
            .Title("seed", "drama")
            .Title("unrelated", "comedy")
            .Watched("seed"));

        Assert.Empty(picks);
    }
}
