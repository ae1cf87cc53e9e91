using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class PosterStyleTests
{
    [Fact]
    public void Poster_colours_become_a_linear_gradient()
    {
        var css = PosterStyle.ToCss(new Poster { FromColor = "#1F2A44", ToColor = "#8a2be2", AngleDegrees = 160 });

        Assert.Equal("background-image: linear-gradient(160deg, #1f2a44, #8a2be2);", css);
    }

    [Theory]
    [InlineData("red; background-image: url(https://evil.example/x.png)")]
    [InlineData("#12")]
    [InlineData("")]
    [InlineData("#1f2a44\"><script>")]
    [InlineData("#1f2a44\n")]
    [InlineData("expression(alert(1))")]
    public void Anything_but_a_hex_colour_is_replaced(string color)
    {
        var css = PosterStyle.ToCss(new Poster { FromColor = color, ToColor = color, AngleDegrees = 90 });

        Assert.Equal($"background-image: linear-gradient(90deg, {PosterStyle.DefaultFrom}, {PosterStyle.DefaultTo});", css);
    }

    [Theory]
    [InlineData(-90, 270)]
    [InlineData(450, 90)]
    [InlineData(360, 0)]
    [InlineData(45, 45)]
    public void Angles_are_brought_into_one_turn(int given, int expected)
    {
        var css = PosterStyle.ToCss(new Poster { FromColor = "#000", ToColor = "#fff", AngleDegrees = given });

        Assert.Equal($"background-image: linear-gradient({expected}deg, #000, #fff);", css);
    }

    [Fact]
    public void A_title_without_a_poster_gets_the_default_gradient() =>
        Assert.Equal(
            $"background-image: linear-gradient({PosterStyle.DefaultAngle}deg, {PosterStyle.DefaultFrom}, {PosterStyle.DefaultTo});",
            PosterStyle.ToCss(null));
}
