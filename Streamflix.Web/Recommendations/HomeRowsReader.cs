using Grpc.Core;
using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Recommendations;

/// <summary>
/// The home page's rows. Recommendations are an extra with a tight budget (GrpcClients:recommendations):
/// whenever they give no clear answer (down, slow, circuit open, refused) or nobody is watching as
/// a profile, the page takes the catalog's genre rows instead, so it always renders.
/// </summary>
public sealed class HomeRowsReader(
    RecommendationsService.RecommendationsServiceClient recommendations,
    CatalogBrowser catalog,
    TitleDirectory titles,
    UserTokens tokens,
    ILogger<HomeRowsReader> logger)
{
    public const int TitlesPerRow = 12;
    public const int MaxRows = 8;

    public async Task<HomePageRows> ReadAsync(ChosenProfile? profile, CancellationToken cancellationToken)
    {
        if (profile is null)
        {
            return await FallbackAsync(null, "nobody is watching as a profile", cancellationToken);
        }

        GetRowsResponse answer;
        try
        {
            answer = await recommendations.GetRowsAsync(
                new GetRowsRequest { ProfileId = profile.Id, TitlesPerRow = TitlesPerRow, MaxRows = MaxRows },
                await tokens.AuthorizationAsync(),
                cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            return await FallbackAsync(profile, $"recommendations failed with {exception.StatusCode}: {exception.Status.Detail}", cancellationToken);
        }

        if (await titles.ReadAsync(cancellationToken) is not { } directory)
        {
            return await FallbackAsync(profile, "the catalog could not resolve the recommended titles", cancellationToken);
        }

        var rows = RecommendedRows.Resolve(answer.Rows, directory, profile);
        return rows.Count > 0
            ? HomePageRows.Live(rows)
            : await FallbackAsync(profile, $"none of the {answer.Rows.Count} recommended rows has a title to show", cancellationToken);
    }

    private async Task<HomePageRows> FallbackAsync(ChosenProfile? profile, string reason, CancellationToken cancellationToken)
    {
        logger.LogInformation("Home rows from the catalog alone (recommendations fallback): {Reason}", reason);
        return HomePageRows.Fallback(KidsFilter.Apply(await catalog.GetHomeAsync(cancellationToken), profile));
    }
}
