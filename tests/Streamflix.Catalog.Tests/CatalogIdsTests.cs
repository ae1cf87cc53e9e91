using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

public sealed class CatalogIdsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_id_is_refused_as_required(string? id)
    {
        var error = Assert.Throws<CatalogValidationException>(() => CatalogIds.Require(id, "id"));
        Assert.Equal("id is required.", error.Message);
    }

    [Fact]
    public void An_id_longer_than_a_slug_can_be_is_refused() =>
        Assert.Throws<CatalogValidationException>(() => CatalogIds.Require(new string('a', CatalogIds.MaxLength + 1), "id"));

    [Fact]
    public void A_slug_is_accepted_as_it_is() =>
        Assert.Equal("the-long-night", CatalogIds.Require("the-long-night", "id"));

    [Fact]
    public void An_empty_optional_id_means_none() =>
        Assert.Null(CatalogIds.Optional("", "genre_id"));

    [Fact]
    public void A_blank_optional_id_is_refused_naming_its_field()
    {
        var error = Assert.Throws<CatalogValidationException>(() => CatalogIds.Optional("  ", "genre_id"));
        Assert.Contains("genre_id", error.Message);
    }

    [Fact]
    public void Not_found_message_names_the_title() =>
        Assert.Equal("Title 'x' was not found.", CatalogNotFoundException.Title("x").Message);
}
