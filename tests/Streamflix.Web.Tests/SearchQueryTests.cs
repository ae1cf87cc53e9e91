using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Blank_text_is_empty(string? raw) =>
        Assert.Equal(SearchQueryStatus.Empty, SearchQuery.Parse(raw).Status);

    [Fact]
    public void Text_is_trimmed() =>
        Assert.Equal(new SearchQuery(SearchQueryStatus.Valid, "long night"), SearchQuery.Parse("  long night "));

    [Fact]
    public void Two_hundred_characters_are_allowed() =>
        Assert.Equal(SearchQueryStatus.Valid, SearchQuery.Parse(new string('x', 200)).Status);

    [Fact]
    public void Two_hundred_and_one_characters_are_too_long() =>
        Assert.Equal(SearchQueryStatus.TooLong, SearchQuery.Parse(new string('x', 201)).Status);

    [Fact]
    public void Surrounding_spaces_do_not_count_towards_the_limit() =>
        Assert.Equal(SearchQueryStatus.Valid, SearchQuery.Parse($"  {new string('x', 200)}  ").Status);
}
