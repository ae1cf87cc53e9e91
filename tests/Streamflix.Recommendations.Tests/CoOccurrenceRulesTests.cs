using Streamflix.Bench.RecsQuality;
using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Tests;

public sealed class CoOccurrenceRulesTests
{
    [Fact]
    public void A_start_pairs_the_title_with_each_other_title_in_both_directions()
    {
        var pairs = CoOccurrencePairs.ForFirstStart("b", ["c", "a"]);

        Assert.Equal([("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")], pairs);
    }

    [Fact]
    public void The_title_itself_and_repeats_are_not_paired()
    {
        var pairs = CoOccurrencePairs.ForFirstStart("a", ["a", "b", "b", ""]);

        Assert.Equal([("a", "b"), ("b", "a")], pairs);
    }

    [Fact]
    public void Only_the_50_most_recent_other_titles_are_paired()
    {
        var recentFirst = Enumerable.Range(0, 80).Select(i => $"t{i:D2}").ToList();

        var pairs = CoOccurrencePairs.ForFirstStart("new", recentFirst);

        Assert.Equal(2 * CoOccurrencePairs.RecentTitlesPaired, pairs.Count);
        Assert.Contains(("new", "t49"), pairs);
        Assert.DoesNotContain(("new", "t50"), pairs);
    }

    [Fact]
    public void Only_a_profiles_first_start_of_a_title_adds_weight()
    {
        var signals = new InMemorySignals(TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        var profile = Guid.NewGuid();
        signals.AddTitle(new CatalogTitle("a", "A", ["drama"], false, 2020, Signals.Now));
        signals.AddTitle(new CatalogTitle("b", "B", ["drama"], false, 2020, Signals.Now));
        signals.Start(profile, "a", Signals.Now);
        signals.Start(profile, "b", Signals.Now.AddMinutes(1));
        signals.Start(profile, "b", Signals.Now.AddMinutes(2)); // resumed: no new pair
        signals.Start(profile, "a", Signals.Now.AddMinutes(3)); // re-watched: no new pair

        var neighbours = signals.Profile(profile, false, Signals.Now.AddMinutes(4)).Neighbours;

        Assert.Equal(1, neighbours["a"].Single(n => n.TitleId == "b").Weight);
        Assert.Equal(1, neighbours["b"].Single(n => n.TitleId == "a").Weight);
    }

    [Fact]
    public void Weights_count_profiles_that_watched_both()
    {
        var signals = new InMemorySignals(TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var profile = Guid.NewGuid();
            signals.Start(profile, "a", Signals.Now);
            signals.Start(profile, "b", Signals.Now.AddMinutes(1));
        }

        var watcher = Guid.NewGuid();
        signals.Start(watcher, "a", Signals.Now);
        var neighbours = signals.Profile(watcher, false, Signals.Now).Neighbours;

        Assert.Equal(3, neighbours["a"].Single(n => n.TitleId == "b").Weight);
    }

    [Fact]
    public void Starts_and_completions_build_genre_affinity_plus_one_and_plus_two()
    {
        var signals = new InMemorySignals(TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        var profile = Guid.NewGuid();
        signals.AddTitle(new CatalogTitle("a", "A", ["drama", "comedy"], false, 2020, Signals.Now));
        signals.Start(profile, "a", Signals.Now);
        signals.Complete(profile, "a", Signals.Now);

        var affinity = signals.Profile(profile, false, Signals.Now.AddHours(24)).GenreAffinity;

        Assert.Equal(1.5, affinity["drama"], 9);
        Assert.Equal(1.5, affinity["comedy"], 9);
    }
}
