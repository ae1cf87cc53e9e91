using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly CatalogBrowserFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task No_query_gives_a_hint_without_calling_the_catalog(string? query)
    {
        var results = await _fixture.Browser.SearchAsync(query, CancellationToken.None);

        Assert.Equal(SearchStatus.NeedsQuery, results.Status);
        Assert.False(string.IsNullOrEmpty(results.Message));
        Assert.Empty(_fixture.Catalog.Calls);
    }

    [Fact]
    public async Task A_too_long_query_is_refused_without_calling_the_catalog()
    {
        var results = await _fixture.Browser.SearchAsync(new string('a', SearchQuery.MaxLength + 1), CancellationToken.None);

        Assert.Equal(SearchStatus.TooLong, results.Status);
        Assert.Contains("200", results.Message);
        Assert.Empty(_fixture.Catalog.Calls);
    }

    [Fact]
    public async Task A_query_of_the_longest_allowed_length_is_searched()
    {
        _fixture.Catalog.Search = _ => new SearchTitlesResponse();

        var results = await _fixture.Browser.SearchAsync(new string('a', SearchQuery.MaxLength), CancellationToken.None);

        Assert.Equal(SearchStatus.Found, results.Status);
        Assert.Equal(["SearchTitles"], _fixture.Catalog.Calls);
    }

    [Fact]
    public async Task The_trimmed_query_is_sent_and_matches_are_returned()
    {
        string? sent = null;
        _fixture.Catalog.Search = request =>
        {
            sent = request.Query;
            return new SearchTitlesResponse { Titles = { CatalogSamples.Title("night", "Night") } };
        };

        var results = await _fixture.Browser.SearchAsync("  night  ", CancellationToken.None);

        Assert.Equal("night", sent);
        Assert.Equal(SearchStatus.Found, results.Status);
        Assert.Equal("night", Assert.Single(results.Titles).Id);
    }

    [Fact]
    public async Task InvalidArgument_shows_the_services_message()
    {
        _fixture.Catalog.Search = _ => throw FakeCatalogClient.Failure(StatusCode.InvalidArgument, "query has no words");

        var results = await _fixture.Browser.SearchAsync("!!", CancellationToken.None);

        Assert.Equal(SearchStatus.Invalid, results.Status);
        Assert.Equal("query has no words", results.Message);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task A_failing_catalog_is_unavailable(StatusCode code)
    {
        _fixture.Catalog.Search = _ => throw FakeCatalogClient.Failure(code, "stack trace here");

        var results = await _fixture.Browser.SearchAsync("night", CancellationToken.None);

        Assert.Equal(SearchStatus.Unavailable, results.Status);
        Assert.Equal(CatalogFailure.UnavailableMessage, results.Message);
    }
}
