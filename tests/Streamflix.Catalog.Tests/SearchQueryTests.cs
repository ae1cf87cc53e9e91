using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_are_lower_cased_distinct_and_sorted() =>
        Assert.Equal(["city", "night"], SearchQuery.Parse("Night  CITY night").Words);

    [Fact]
    public void Punctuation_around_words_is_dropped() =>
        Assert.Equal(["noir", "sci-fi"], SearchQuery.Parse("\"Sci-Fi\", noir!").Words);

    [Fact]
    public void The_same_words_in_another_order_are_the_same_search() =>
        Assert.Equal(SearchQuery.Parse("long night").ToString(), SearchQuery.Parse("Night LONG").ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_query_is_refused_naming_the_field(string? query)
    {
        var error = Assert.Throws<CatalogValidationException>(() => SearchQuery.Parse(query));
        Assert.Contains("query", error.Message);
    }

    [Fact]
    public void A_query_of_only_punctuation_is_refused() =>
        Assert.Throws<CatalogValidationException>(() => SearchQuery.Parse("?! ,"));

    [Fact]
    public void A_query_longer_than_200_characters_is_refused()
    {
        Assert.Throws<CatalogValidationException>(() => SearchQuery.Parse(new string('a', 201)));
        Assert.Single(SearchQuery.Parse(new string('a', 200)).Words);
    }

    [Fact]
    public void A_query_with_more_than_ten_words_is_refused() =>
        Assert.Throws<CatalogValidationException>(() => SearchQuery.Parse("a b c d e f g h i j k"));

    [Fact]
    public void Every_word_must_match_the_name_or_a_genre()
    {
        var query = SearchQuery.Parse("night thriller");
        Assert.True(query.Matches("The Long Night", ["Drama", "Thriller"]));
        Assert.False(query.Matches("The Long Night", ["Drama"]));
        Assert.False(query.Matches("The Quiet Heist", ["Crime", "Thriller"]));
    }

    [Fact]
    public void Matching_ignores_case_and_accepts_part_of_a_word()
    {
        var query = SearchQuery.Parse("NIG sci");
        Assert.True(query.Matches("The Long Night", ["Sci-Fi"]));
    }

    [Fact]
    public void A_word_may_be_found_in_any_of_the_titles_genres() =>
        Assert.True(SearchQuery.Parse("horror").Matches("Static Bloom", ["Sci-Fi", "Horror"]));

    [Fact]
    public void Like_patterns_take_percent_and_underscore_literally()
    {
        var query = SearchQuery.Parse("100%_off");
        Assert.Equal(["%100\\%\\_off%"], query.LikePatterns);
    }

    [Fact]
    public void Like_patterns_escape_the_escape_character() =>
        Assert.Equal("a\\\\b", SearchQuery.EscapeLike("a\\b"));
}
