using System.Text;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class PageTokenTests
{
    [Fact]
    public void Empty_token_is_the_first_page() =>
        Assert.Equal(0, PageToken.Decode(""));

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(123_456)]
    public void A_token_decodes_to_the_offset_it_was_made_from(int offset) =>
        Assert.Equal(offset, PageToken.Decode(PageToken.Encode(offset)));

    [Fact]
    public void A_token_does_not_show_the_offset_in_plain_text() =>
        Assert.DoesNotContain("40", PageToken.Encode(40));

    [Fact]
    public void A_token_is_url_safe()
    {
        // Offsets whose base64 would contain '+', '/' or '=' padding.
        foreach (var offset in new[] { 1, 62, 63, 999, 65_535 })
        {
            var token = PageToken.Encode(offset);
            Assert.DoesNotContain('+', token);
            Assert.DoesNotContain('/', token);
            Assert.DoesNotContain('=', token);
        }
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bzotNQ")] // "o:-5": negative offset
    [InlineData("eDoyMA")] // "x:20": wrong prefix
    [InlineData("bzoyMGFi")] // "o:20ab": trailing junk
    [InlineData("MjA")] // "20": bare number
    public void A_malformed_token_is_refused_naming_the_field(string token)
    {
        var error = Assert.Throws<CatalogValidationException>(() => PageToken.Decode(token));
        Assert.Contains("page_token", error.Message);
    }

    [Fact]
    public void A_token_beyond_the_maximum_offset_is_refused()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{PageToken.MaxOffset + 1}")).TrimEnd('=');
        Assert.Throws<CatalogValidationException>(() => PageToken.Decode(token));
    }

    [Fact]
    public void Next_token_points_just_past_the_page() =>
        Assert.Equal(40, PageToken.Decode(PageToken.Next(offset: 20, count: 20, total: 45)));

    [Theory]
    [InlineData(40, 5, 45)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 20, 20)]
    public void The_last_page_has_no_next_token(int offset, int count, int total) =>
        Assert.Equal("", PageToken.Next(offset, count, total));

    [Fact]
    public void A_title_page_short_of_the_total_offers_the_next_page()
    {
        var page = new TitlePage([TestTitles.Details("a"), TestTitles.Details("b")], Offset: 0, TotalCount: 3);
        Assert.Equal(2, PageToken.Decode(page.NextPageToken));
    }
}
