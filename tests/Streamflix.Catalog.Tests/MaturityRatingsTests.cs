using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class MaturityRatingsTests
{
    [Theory]
    [InlineData("G")]
    [InlineData("TV-Y")]
    [InlineData("TV-Y7")]
    [InlineData("TV-G")]
    public void Ratings_for_young_children_are_kids(string rating) =>
        Assert.True(MaturityRatings.IsKids(rating));

    [Theory]
    [InlineData("PG")]
    [InlineData("TV-PG")]
    [InlineData("PG-13")]
    [InlineData("R")]
    [InlineData("NC-17")]
    [InlineData("TV-14")]
    [InlineData("TV-MA")]
    public void Ratings_that_ask_for_guidance_or_older_viewers_are_not_kids(string rating) =>
        Assert.False(MaturityRatings.IsKids(rating));

    [Theory]
    [InlineData("")]
    [InlineData("X")]
    [InlineData("g")]
    public void Unknown_or_non_canonical_ratings_are_not_kids(string rating) =>
        Assert.False(MaturityRatings.IsKids(rating));

    [Theory]
    [InlineData("pg-13", "PG-13")]
    [InlineData(" tv-ma ", "TV-MA")]
    [InlineData("G", "G")]
    public void Known_ratings_are_normalized_to_their_canonical_spelling(string input, string expected) =>
        Assert.Equal(expected, MaturityRatings.Normalize(input));

    [Theory]
    [InlineData("PG13")]
    [InlineData("18+")]
    [InlineData("")]
    public void Unknown_ratings_do_not_normalize(string input) =>
        Assert.Null(MaturityRatings.Normalize(input));

    [Fact]
    public void Title_details_derive_is_kids_from_the_rating()
    {
        Assert.True(TestTitles.Details("a", "TV-Y").IsKids);
        Assert.False(TestTitles.Details("b", "TV-MA").IsKids);
    }
}
