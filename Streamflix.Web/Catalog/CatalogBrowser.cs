using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Catalog;

/// <summary>
/// What the pages ask of the catalog. Every gRPC failure becomes a result the page renders; the
/// resilience pipeline (ServiceDefaults) has already retried and bounded the call by then.
/// </summary>
public sealed class CatalogBrowser(
    CatalogService.CatalogServiceClient client,
    LastGoodHomeRows lastGoodRows,
    IMemoryCache cache,
    ILogger<CatalogBrowser> logger)
{
    public const int TitlesPerRow = 12;
    public const int SearchPageSize = 40;

    // Genre names change rarely and only decorate the title page, so a copy of some minutes is enough.
    private static readonly TimeSpan GenreNamesKeepFor = TimeSpan.FromMinutes(10);
    private const string GenreNamesKey = "streamflix:web:genre-names";

    public async Task<CatalogResult<HomeFeed>> GetHomeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetHomeRowsAsync(
                new GetHomeRowsRequest { TitlesPerRow = TitlesPerRow }, cancellationToken: cancellationToken);
            var rows = response.Rows.Select(TitleMapping.ToRow).ToList();
            lastGoodRows.Remember(rows);
            return CatalogResult.Ok(new HomeFeed(rows, SavedAt: null));
        }
        catch (RpcException exception)
        {
            LogFailure(exception, nameof(CatalogService.CatalogServiceClient.GetHomeRows));
            return lastGoodRows.Recall() is { } lastGood
                ? CatalogResult.Ok(lastGood)
                : CatalogResult.Failed<HomeFeed>(CatalogFailure.Unavailable);
        }
    }

    public async Task<CatalogResult<TitleDetails>> GetTitleAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var title = await client.GetTitleAsync(new GetTitleRequest { Id = id }, cancellationToken: cancellationToken);
            var genreNames = await GetGenreNamesAsync(cancellationToken);
            return CatalogResult.Ok(TitleMapping.ToDetails(title, genreNames));
        }
        catch (RpcException exception)
        {
            LogFailure(exception, nameof(CatalogService.CatalogServiceClient.GetTitle));
            var failure = CatalogFailure.From(exception);
            // A malformed id names no title: to the viewer it is simply not found.
            return failure.Outcome == CatalogOutcome.Invalid
                ? CatalogResult.Failed<TitleDetails>(CatalogFailure.NotFound)
                : CatalogResult.Failed<TitleDetails>(failure);
        }
    }

    public async Task<SearchResults> SearchAsync(string? rawQuery, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(rawQuery);
        switch (query.Status)
        {
            case SearchQueryStatus.Empty:
                return new(query.Text, SearchStatus.NeedsQuery, [], "Type a title, a word or a genre to search the catalog.");
            case SearchQueryStatus.TooLong:
                return new(query.Text, SearchStatus.TooLong, [],
                    $"That search is too long: use at most {SearchQuery.MaxLength} characters.");
        }

        try
        {
            var response = await client.SearchTitlesAsync(
                new SearchTitlesRequest { Query = query.Text, PageSize = SearchPageSize }, cancellationToken: cancellationToken);
            return new(query.Text, SearchStatus.Found, [.. response.Titles.Select(TitleMapping.ToSummary)], null);
        }
        catch (RpcException exception)
        {
            LogFailure(exception, nameof(CatalogService.CatalogServiceClient.SearchTitles));
            var failure = CatalogFailure.From(exception);
            return failure.Outcome == CatalogOutcome.Invalid
                ? new(query.Text, SearchStatus.Invalid, [], failure.Message)
                : new(query.Text, SearchStatus.Unavailable, [], CatalogFailure.UnavailableMessage);
        }
    }

    /// <summary>Genre display names by id; empty when the catalog cannot say (the ids are shown instead).</summary>
    private async Task<IReadOnlyDictionary<string, string>> GetGenreNamesAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue<IReadOnlyDictionary<string, string>>(GenreNamesKey, out var cached) && cached is not null)
        {
            return cached;
        }
        try
        {
            var response = await client.ListGenresAsync(new ListGenresRequest(), cancellationToken: cancellationToken);
            IReadOnlyDictionary<string, string> names = response.Genres
                .DistinctBy(genre => genre.Id)
                .ToDictionary(genre => genre.Id, genre => genre.Name);
            cache.Set(GenreNamesKey, names, GenreNamesKeepFor);
            return names;
        }
        catch (RpcException exception)
        {
            LogFailure(exception, nameof(CatalogService.CatalogServiceClient.ListGenres));
            return new Dictionary<string, string>();
        }
    }

    private void LogFailure(RpcException exception, string method) =>
        logger.LogWarning("Catalog {Method} failed with {StatusCode}: {Detail}", method, exception.StatusCode, exception.Status.Detail);
}
