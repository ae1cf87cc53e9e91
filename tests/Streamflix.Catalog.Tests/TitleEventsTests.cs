using Streamflix.Catalog.Events;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class TitleEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static Title TitleWithGenres(string rating = "TV-14")
    {
        var title = TestTitles.Entity();
        title.MaturityRating = rating;
        // Added out of display order: the event lists them in the order every catalog read uses.
        title.Genres.Add(new Genre { Id = "thriller", Name = "Thriller", DisplayOrder = 3 });
        title.Genres.Add(new Genre { Id = "drama", Name = "Drama", DisplayOrder = 1 });
        title.Genres.Add(new Genre { Id = "crime", Name = "Crime", DisplayOrder = 3 });
        return title;
    }

    [Fact]
    public void Published_carries_the_title_its_genres_in_display_order_and_the_media_duration()
    {
        var title = TitleWithGenres();
        title.Media.Complete(Guid.NewGuid(), 42.5, "the-long-night/1/master.m3u8", [], Now);

        var published = TitleEvents.Published(title, Now);

        Assert.Equal("the-long-night", published.TitleId);
        Assert.Equal("The Long Night", published.Name);
        Assert.Equal(["drama", "crime", "thriller"], published.GenreIds);
        Assert.False(published.IsKids);
        Assert.Equal(2023, published.ReleaseYear);
        Assert.Equal(42.5, published.DurationSeconds);
        Assert.Equal(Now, published.OccurredAt);
    }

    [Theory]
    [InlineData("G", true)]
    [InlineData("TV-Y7", true)]
    [InlineData("PG", false)]
    [InlineData("TV-MA", false)]
    public void Kids_follows_the_maturity_rating_rules(string rating, bool kids)
    {
        var title = TitleWithGenres(rating);

        Assert.Equal(kids, TitleEvents.Published(title, Now).IsKids);
        Assert.Equal(kids, TitleEvents.Updated(title, Now).IsKids);
    }

    [Fact]
    public void Updated_carries_the_values_after_the_change()
    {
        var title = TitleWithGenres("PG-13");
        var update = TitleUpdate.Create(title.Id, "The Longer Night", null, 2024, "G", null, currentYear: 2026);
        title.Apply(update, Now);

        var updated = TitleEvents.Updated(title, Now);

        Assert.Equal("the-long-night", updated.TitleId);
        Assert.Equal("The Longer Night", updated.Name);
        Assert.Equal(2024, updated.ReleaseYear);
        Assert.True(updated.IsKids);
        Assert.Equal(["drama", "crime", "thriller"], updated.GenreIds);
        Assert.Equal(Now, updated.OccurredAt);
    }

    [Fact]
    public void Each_event_has_its_own_id()
    {
        var title = TitleWithGenres();

        Assert.NotEqual(TitleEvents.Updated(title, Now).Id, TitleEvents.Updated(title, Now).Id);
    }
}
