using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class PageSizeTests
{
    [Fact]
    public void Zero_page_size_means_the_default_of_20() =>
        Assert.Equal(20, PageSize.Resolve(0));

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(100)]
    public void Page_size_from_1_to_100_is_taken_as_asked(int requested) =>
        Assert.Equal(requested, PageSize.Resolve(requested));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Page_size_out_of_range_is_refused_naming_the_field_and_range(int requested)
    {
        var error = Assert.Throws<CatalogValidationException>(() => PageSize.Resolve(requested));
        Assert.Contains("page_size", error.Message);
        Assert.Contains("between 1 and 100", error.Message);
    }

    [Fact]
    public void Zero_titles_per_row_means_12() =>
        Assert.Equal(12, PageSize.ResolveTitlesPerRow(0));

    [Theory]
    [InlineData(41)]
    [InlineData(-3)]
    public void Titles_per_row_above_40_or_negative_is_refused(int requested)
    {
        var error = Assert.Throws<CatalogValidationException>(() => PageSize.ResolveTitlesPerRow(requested));
        Assert.Contains("titles_per_row", error.Message);
        Assert.Contains("between 1 and 40", error.Message);
    }

    [Fact]
    public void Forty_titles_per_row_is_allowed() =>
        Assert.Equal(40, PageSize.ResolveTitlesPerRow(40));
}
