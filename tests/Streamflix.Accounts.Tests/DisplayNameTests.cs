using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class DisplayNameTests
{
    [Fact]
    public void Names_are_trimmed() => Assert.Equal("Ann Lee", DisplayName.Require("  Ann Lee \t"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_names_are_refused(string? name)
    {
        var (_, problem) = DisplayName.Check(name);
        Assert.Equal(new FieldMessage("display_name", "Display name is required."), problem);
    }

    [Fact]
    public void Forty_characters_fit_and_forty_one_do_not()
    {
        Assert.Null(DisplayName.Check(new string('a', 40)).Problem);
        Assert.Equal("Display name must be at most 40 characters.", DisplayName.Check(new string('a', 41)).Problem?.Message);
    }

    [Theory]
    [InlineData("Ann\u0000Lee")]
    [InlineData("Ann\nLee")]
    [InlineData("Ann\u001bLee")]
    public void Control_characters_are_refused(string name) =>
        Assert.Equal("Display name must not contain control characters.", DisplayName.Check(name).Problem?.Message);

    [Fact]
    public void Require_throws_with_the_field()
    {
        var error = Assert.Throws<AccountValidationException>(() => DisplayName.Require(""));
        Assert.Equal("display_name", Assert.Single(error.Problems).Field);
    }
}
