using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Contracts;
using Streamflix.Catalog.Model;
using Streamflix.ServiceDefaults.Auth;
using Title = Streamflix.Catalog.Contracts.Title;

namespace Streamflix.Catalog.Grpc;

/// <summary>The CatalogService contract: validate, call the catalog, map. Errors: CatalogErrorInterceptor.</summary>
public sealed class CatalogGrpcService(CachedCatalog catalog, ContractMemo contracts, TimeProvider clock) : CatalogService.CatalogServiceBase
{
    [AllowAnonymous]
    public override async Task<ListGenresResponse> ListGenres(ListGenresRequest request, ServerCallContext context)
    {
        var genres = await catalog.ListGenresAsync(context.CancellationToken);
        return contracts.For(genres, g => new ListGenresResponse { Genres = { g.Select(genre => genre.ToContract()) } });
    }

    [AllowAnonymous]
    public override async Task<ListTitlesResponse> ListTitles(ListTitlesRequest request, ServerCallContext context)
    {
        var genreId = CatalogIds.Optional(request.GenreId, "genre_id");
        var pageSize = PageSize.Resolve(request.PageSize);
        var offset = PageToken.Decode(request.PageToken);

        var page = await catalog.ListTitlesAsync(genreId, offset, pageSize, context.CancellationToken);
        return contracts.For(page, p => new ListTitlesResponse
        {
            Titles = { p.Titles.Select(title => title.ToContract()) },
            NextPageToken = p.NextPageToken,
            TotalCount = p.TotalCount,
        });
    }

    [AllowAnonymous]
    public override async Task<Title> GetTitle(GetTitleRequest request, ServerCallContext context)
    {
        var id = CatalogIds.Require(request.Id, "id");
        var title = await catalog.GetTitleAsync(id, context.CancellationToken);
        return contracts.For(title, t => t.ToContract());
    }

    [AllowAnonymous]
    public override async Task<SearchTitlesResponse> SearchTitles(SearchTitlesRequest request, ServerCallContext context)
    {
        var query = SearchQuery.Parse(request.Query);
        var pageSize = PageSize.Resolve(request.PageSize);

        var titles = await catalog.SearchAsync(query, pageSize, context.CancellationToken);
        return contracts.For(titles, found => new SearchTitlesResponse { Titles = { found.Select(title => title.ToContract()) } });
    }

    [AllowAnonymous]
    public override async Task<GetHomeRowsResponse> GetHomeRows(GetHomeRowsRequest request, ServerCallContext context)
    {
        var titlesPerRow = PageSize.ResolveTitlesPerRow(request.TitlesPerRow);

        var rows = await catalog.HomeRowsAsync(titlesPerRow, context.CancellationToken);
        return contracts.For(rows, r => new GetHomeRowsResponse { Rows = { r.Select(row => row.ToContract()) } });
    }

    [Authorize(Roles = StreamflixClaims.AdminRole)]
    public override async Task<Title> UpdateTitle(UpdateTitleRequest request, ServerCallContext context)
    {
        var update = TitleUpdate.Create(
            request.Id,
            request.HasName ? request.Name : null,
            request.HasSynopsis ? request.Synopsis : null,
            request.HasReleaseYear ? request.ReleaseYear : null,
            request.HasMaturityRating ? request.MaturityRating : null,
            request.HasRuntimeMinutes ? request.RuntimeMinutes : null,
            currentYear: clock.GetUtcNow().Year);

        var title = await catalog.UpdateTitleAsync(update, context.CancellationToken);
        return title.ToContract();
    }
}
