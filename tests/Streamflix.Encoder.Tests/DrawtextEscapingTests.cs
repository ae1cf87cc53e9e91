using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

public sealed class DrawtextEscapingTests
{
    [Theory]
    [InlineData("The Long Night", "The Long Night")]
    [InlineData("Ready: Set", @"Ready\\: Set")] // option separator: option level, then graph level
    [InlineData("It's", @"It\\\'s")]
    [InlineData("Rock, Paper", @"Rock\, Paper")] // filter separator: graph level only
    [InlineData("A; B [C]", @"A\; B \[C\]")]
    [InlineData("100%", @"100\\\\%")] // drawtext expansion, option, graph
    [InlineData(@"A\B", @"A\\\\\\\\B")] // a backslash survives three unescapings
    public void Filter_graph_specials_are_escaped_once_per_parser(string text, string expected) =>
        Assert.Equal(expected, DrawtextEscaping.Escape(text));

    [Fact]
    public void Control_characters_become_spaces() =>
        Assert.Equal("Line one line two", DrawtextEscaping.Escape("Line one\nline two").Replace("  ", " "));

    [Fact]
    public void Long_titles_are_cut_to_fit_the_frame()
    {
        var escaped = DrawtextEscaping.Escape(new string('x', 200));

        Assert.Equal(DrawtextEscaping.MaxLength, escaped.Length);
        Assert.EndsWith("…", escaped);
    }

    [Fact]
    public void A_font_path_is_escaped_for_option_and_graph_levels_but_not_expansion() =>
        Assert.Equal(@"/fonts/50%\\:x.ttf", DrawtextEscaping.EscapeOptionValue("/fonts/50%:x.ttf"));
}
