using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class KidsFilterTests
{
    private static TitleSummary Card(string id, bool kids) => new(id, id, 2020, kids ? "G" : "R", "", IsKids: kids);

    private static CatalogResult<HomeFeed> Home() => CatalogResult.Ok(new HomeFeed(
    [
        new GenreRow("family", "Family", [Card("cartoon", true), Card("drama", false)]),
        new GenreRow("horror", "Horror", [Card("scream", false)]),
    ], SavedAt: null));

    [Fact]
    public void A_kids_profile_sees_only_kids_titles_and_no_empty_rows()
    {
        var feed = KidsFilter.Apply(Home(), PlaybackSamples.Child);

        var row = Assert.Single(feed.Value!.Rows);
        Assert.Equal("family", row.GenreId);
        Assert.Equal(["cartoon"], row.Titles.Select(t => t.Id));
    }

    [Fact]
    public void Other_viewers_see_every_row()
    {
        Assert.Equal(3, KidsFilter.Apply(Home(), PlaybackSamples.Adult).Value!.Rows.Sum(r => r.Titles.Count));
        Assert.Equal(3, KidsFilter.Apply(Home(), profile: null).Value!.Rows.Sum(r => r.Titles.Count));
    }

    [Fact]
    public void Search_results_for_a_kids_profile_hold_only_kids_titles()
    {
        var results = new SearchResults("a", SearchStatus.Found, [Card("cartoon", true), Card("scream", false)], null);

        Assert.Equal(["cartoon"], KidsFilter.Apply(results, PlaybackSamples.Child).Titles.Select(t => t.Id));
        Assert.Equal(2, KidsFilter.Apply(results, PlaybackSamples.Adult).Titles.Count);
    }

    [Fact]
    public void A_failed_feed_passes_through()
    {
        var failed = CatalogResult.Failed<HomeFeed>(CatalogFailure.Unavailable);

        Assert.Same(failed, KidsFilter.Apply(failed, PlaybackSamples.Child));
    }

    [Fact]
    public void The_catalogs_kids_mark_reaches_cards_and_details()
    {
        var title = PlaybackSamples.ReadyTitle("cartoon", kids: true);

        Assert.True(TitleMapping.ToSummary(title).IsKids);
        Assert.True(TitleMapping.ToDetails(title, new Dictionary<string, string>()).IsKids);
        title.IsKids = false;
        Assert.False(TitleMapping.ToSummary(title).IsKids);
    }
}
