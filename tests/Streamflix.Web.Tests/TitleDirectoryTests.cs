using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class TitleDirectoryTests : IDisposable
{
    private readonly HomeRowsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Every_page_of_the_catalog_is_read_into_cards_by_id()
    {
        _fixture.Catalog.Titles = request => request.PageToken switch
        {
            "" => new ListTitlesResponse { Titles = { CatalogSamples.Title("a"), CatalogSamples.Title("b") }, NextPageToken = "2" },
            "2" => new ListTitlesResponse { Titles = { CatalogSamples.Title("c", name: "Third") } },
            _ => throw FakeCatalogClient.Failure(StatusCode.InvalidArgument),
        };

        var titles = await _fixture.Titles.ReadAsync(CancellationToken.None);

        Assert.Equal(["a", "b", "c"], titles!.Keys.Order());
        Assert.Equal("Third", titles["c"].Name);
        Assert.All(_fixture.Catalog.Calls, call => Assert.Equal("ListTitles", call));
        Assert.Equal(2, _fixture.Catalog.Calls.Count);
    }

    [Fact]
    public async Task A_fresh_copy_is_shared_without_calling_the_catalog_again()
    {
        _fixture.Catalog.Titles = _ => RecommendationSamples.CatalogTitles("a");
        await _fixture.Titles.ReadAsync(CancellationToken.None);
        _fixture.Clock.Advance(TitleDirectory.FreshFor - TimeSpan.FromSeconds(1));

        var titles = await _fixture.Titles.ReadAsync(CancellationToken.None);

        Assert.Contains("a", titles!.Keys);
        Assert.Single(_fixture.Catalog.Calls);
    }

    [Fact]
    public async Task A_copy_past_its_freshness_is_read_again()
    {
        _fixture.Catalog.Titles = _ => RecommendationSamples.CatalogTitles("a");
        await _fixture.Titles.ReadAsync(CancellationToken.None);
        _fixture.Clock.Advance(TitleDirectory.FreshFor);
        _fixture.Catalog.Titles = _ => RecommendationSamples.CatalogTitles("a", "b");

        var titles = await _fixture.Titles.ReadAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], titles!.Keys.Order());
    }

    [Fact]
    public async Task A_failing_catalog_falls_back_to_a_recent_copy_then_to_nothing()
    {
        _fixture.Catalog.Titles = _ => RecommendationSamples.CatalogTitles("a");
        await _fixture.Titles.ReadAsync(CancellationToken.None);
        _fixture.Catalog.Titles = _ => throw FakeCatalogClient.Failure(StatusCode.Unavailable);

        _fixture.Clock.Advance(TitleDirectory.FreshFor);
        Assert.Contains("a", (await _fixture.Titles.ReadAsync(CancellationToken.None))!.Keys);

        _fixture.Clock.Advance(TitleDirectory.KeepFor);
        Assert.Null(await _fixture.Titles.ReadAsync(CancellationToken.None));
    }
}
