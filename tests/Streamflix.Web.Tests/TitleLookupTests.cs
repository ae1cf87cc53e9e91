using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class TitleLookupTests : IDisposable
{
    private readonly CatalogBrowserFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task A_known_title_is_shown_with_genre_names()
    {
        _fixture.Catalog.Title = request => CatalogSamples.Title(request.Id);
        _fixture.Catalog.Genres = _ => new ListGenresResponse
        {
            Genres = { new Genre { Id = "sci-fi", Name = "Sci-Fi" }, new Genre { Id = "drama", Name = "Drama" } },
        };

        var result = await _fixture.Browser.GetTitleAsync("the-long-night", CancellationToken.None);

        Assert.Equal(CatalogOutcome.Ok, result.Outcome);
        var title = result.Value!;
        Assert.Equal("the-long-night", title.Id);
        Assert.Equal("A city without sunrise.", title.Synopsis);
        Assert.Equal("1h 52m", title.Runtime);
        Assert.Equal(["Sci-Fi", "Drama"], title.Genres);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], title.Cast);
    }

    [Fact]
    public async Task Genre_ids_are_shown_when_genre_names_cannot_be_had()
    {
        _fixture.Catalog.Title = request => CatalogSamples.Title(request.Id);
        _fixture.Catalog.Genres = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var result = await _fixture.Browser.GetTitleAsync("the-long-night", CancellationToken.None);

        Assert.Equal(CatalogOutcome.Ok, result.Outcome);
        Assert.Equal(["sci-fi", "drama"], result.Value!.Genres);
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.InvalidArgument)]
    public async Task An_unknown_or_malformed_id_is_not_found(StatusCode code)
    {
        _fixture.Catalog.Title = _ => throw FakeCatalogClient.Failure(code, "no such title");

        var result = await _fixture.Browser.GetTitleAsync("abc", CancellationToken.None);

        Assert.Equal(CatalogOutcome.NotFound, result.Outcome);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task A_failing_catalog_is_unavailable(StatusCode code)
    {
        _fixture.Catalog.Title = _ => throw FakeCatalogClient.Failure(code);

        var result = await _fixture.Browser.GetTitleAsync("abc", CancellationToken.None);

        Assert.Equal(CatalogOutcome.Unavailable, result.Outcome);
    }
}
