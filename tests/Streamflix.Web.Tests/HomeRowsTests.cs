using Grpc.Core;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class HomeRowsTests : IDisposable
{
    private readonly CatalogBrowserFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Rows_come_from_the_catalog_one_per_genre()
    {
        _fixture.Catalog.HomeRows = request =>
        {
            Assert.Equal(CatalogBrowser.TitlesPerRow, request.TitlesPerRow);
            return CatalogSamples.HomeRows("a", "b");
        };

        var result = await _fixture.Browser.GetHomeAsync(CancellationToken.None);

        Assert.Equal(CatalogOutcome.Ok, result.Outcome);
        var row = Assert.Single(result.Value!.Rows);
        Assert.Equal("Sci-Fi", row.GenreName);
        Assert.Equal(["a", "b"], row.Titles.Select(t => t.Id));
        Assert.False(result.Value.IsFromLastGoodCopy);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task Failure_with_nothing_kept_is_unavailable(StatusCode code)
    {
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(code);

        var result = await _fixture.Browser.GetHomeAsync(CancellationToken.None);

        Assert.Equal(CatalogOutcome.Unavailable, result.Outcome);
        Assert.Null(result.Value);
        Assert.Equal(CatalogFailure.UnavailableMessage, result.Message);
    }

    [Fact]
    public async Task Failure_after_a_good_call_shows_the_last_good_rows_marked_as_kept()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a", "b");
        await _fixture.Browser.GetHomeAsync(CancellationToken.None);
        var savedAt = _fixture.Clock.GetUtcNow();
        _fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var result = await _fixture.Browser.GetHomeAsync(CancellationToken.None);

        Assert.Equal(CatalogOutcome.Ok, result.Outcome);
        Assert.True(result.Value!.IsFromLastGoodCopy);
        Assert.Equal(savedAt, result.Value.SavedAt);
        Assert.Equal(["a", "b"], Assert.Single(result.Value.Rows).Titles.Select(t => t.Id));
    }

    [Fact]
    public async Task Rows_older_than_the_keeping_time_are_not_shown()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("a");
        await _fixture.Browser.GetHomeAsync(CancellationToken.None);
        _fixture.Clock.Advance(LastGoodHomeRows.KeepFor + TimeSpan.FromSeconds(1));
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        var result = await _fixture.Browser.GetHomeAsync(CancellationToken.None);

        Assert.Equal(CatalogOutcome.Unavailable, result.Outcome);
    }

    [Fact]
    public async Task The_newest_good_rows_replace_older_ones()
    {
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("old");
        await _fixture.Browser.GetHomeAsync(CancellationToken.None);
        _fixture.Catalog.HomeRows = _ => CatalogSamples.HomeRows("new");
        await _fixture.Browser.GetHomeAsync(CancellationToken.None);
        _fixture.Catalog.HomeRows = _ => throw FakeCatalogClient.Failure(StatusCode.DeadlineExceeded);

        var result = await _fixture.Browser.GetHomeAsync(CancellationToken.None);

        Assert.Equal(["new"], Assert.Single(result.Value!.Rows).Titles.Select(t => t.Id));
    }
}
