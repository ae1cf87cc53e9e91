using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class DemoContentBudgetTests
{
    private static readonly DemoCandidate[] Fresh =
        [new("a", "A", false), new("b", "B", false), new("c", "C", false), new("d", "D", false)];

    [Fact]
    public void Without_a_cap_every_candidate_is_queued()
    {
        Assert.Equal(Fresh, DemoContentBudget.Pick(Fresh, titlesWithMedia: 30, cap: 0));
    }

    [Fact]
    public void A_cap_counts_titles_that_already_have_video()
    {
        Assert.Equal(["a", "b"], DemoContentBudget.Pick(Fresh, titlesWithMedia: 1, cap: 3).Select(c => c.Id));
    }

    [Fact]
    public void A_restart_after_the_cap_is_reached_queues_nothing_new()
    {
        Assert.Empty(DemoContentBudget.Pick(Fresh, titlesWithMedia: 3, cap: 3));
        Assert.Empty(DemoContentBudget.Pick(Fresh, titlesWithMedia: 7, cap: 3));
    }

    [Fact]
    public void A_stale_job_is_queued_again_even_at_the_cap()
    {
        DemoCandidate[] candidates = [new("a", "A", false), new("s", "S", true)];

        Assert.Equal(["s"], DemoContentBudget.Pick(candidates, titlesWithMedia: 2, cap: 2).Select(c => c.Id));
        Assert.Equal(["s", "a"], DemoContentBudget.Pick(candidates, titlesWithMedia: 2, cap: 3).Select(c => c.Id));
    }

    [Fact]
    public void A_negative_cap_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoContentBudget.Pick(Fresh, 0, -1));
    }
}
