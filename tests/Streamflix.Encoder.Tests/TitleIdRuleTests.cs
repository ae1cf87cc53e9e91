using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class TitleIdRuleTests
{
    [Theory]
    [InlineData("the-long-night")]
    [InlineData("a")]
    [InlineData("2046")]
    public void Slugs_are_accepted(string id) => Assert.True(TitleIdRule.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-leading-dash")]
    [InlineData("Upper")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("a.b")]
    [InlineData("with space")]
    [InlineData("trailing-newline\n")]
    public void Anything_that_could_escape_or_alias_a_folder_is_refused(string? id) => Assert.False(TitleIdRule.IsValid(id));

    [Fact]
    public void At_most_100_characters()
    {
        Assert.True(TitleIdRule.IsValid(new string('a', 100)));
        Assert.False(TitleIdRule.IsValid(new string('a', 101)));
    }
}
