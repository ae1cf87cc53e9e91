using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Media;

/// <summary>
/// Every title an admin can upload a video for, with its media status, sorted by name for the
/// picker. Reads the catalog page by page; a failure is a result the page renders.
/// </summary>
public sealed class UploadTitles(CatalogService.CatalogServiceClient client, ILogger<UploadTitles> logger)
{
    public const int PageSize = 100;

    // A bound on a picker, not on the catalog: past this many titles the page needs search instead.
    public const int MaxPages = 20;

    public async Task<CatalogResult<List<TitleSummary>>> ListAsync(CancellationToken cancellationToken)
    {
        var titles = new List<TitleSummary>();
        var pageToken = "";
        try
        {
            for (var page = 0; page < MaxPages; page++)
            {
                var response = await client.ListTitlesAsync(
                    new ListTitlesRequest { PageSize = PageSize, PageToken = pageToken }, cancellationToken: cancellationToken);
                titles.AddRange(response.Titles.Select(TitleMapping.ToSummary));
                pageToken = response.NextPageToken;
                if (string.IsNullOrEmpty(pageToken))
                {
                    break;
                }
            }
        }
        catch (RpcException exception)
        {
            logger.LogWarning("Catalog ListTitles failed with {StatusCode}: {Detail}", exception.StatusCode, exception.Status.Detail);
            return CatalogResult.Failed<List<TitleSummary>>(CatalogFailure.From(exception));
        }

        titles.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCultureIgnoreCase));
        return CatalogResult.Ok(titles);
    }
}
