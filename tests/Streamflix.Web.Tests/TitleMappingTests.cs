using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class TitleMappingTests
{
    [Theory]
    [InlineData(0, "")]
    [InlineData(45, "45m")]
    [InlineData(120, "2h")]
    [InlineData(112, "1h 52m")]
    public void Runtime_reads_in_hours_and_minutes(int minutes, string expected) =>
        Assert.Equal(expected, TitleMapping.FormatRuntime(minutes));

    [Fact]
    public void A_card_carries_name_year_rating_and_poster()
    {
        var card = TitleMapping.ToSummary(CatalogSamples.Title("the-long-night"));

        Assert.Equal(
            new TitleSummary("the-long-night", "The Long Night", 2021, "PG-13", "background-image: linear-gradient(160deg, #1f2a44, #8a2be2);", MediaState.Unknown),
            card);
    }
}
