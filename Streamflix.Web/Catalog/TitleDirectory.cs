using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Catalog;

/// <summary>
/// Every title's card by id, for rows that name titles by id (recommendations). Read page by page
/// with ListTitles and shared by all visitors for a minute, so a home page costs no catalog call
/// per title; when the catalog cannot answer, a copy up to some minutes old is used instead.
/// A title newer than the copy is unknown until the next read, and its rows simply skip it.
/// </summary>
public sealed class TitleDirectory(
    CatalogService.CatalogServiceClient client,
    IMemoryCache cache,
    TimeProvider timeProvider,
    ILogger<TitleDirectory> logger)
{
    public const int PageSize = 100;

    // A bound on one read, not on the catalog: past this many titles the rows need a batch lookup.
    public const int MaxPages = 20;

    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private const string CacheKey = "streamflix:web:title-directory";

    private sealed record Entry(IReadOnlyDictionary<string, TitleSummary> Titles, DateTimeOffset ReadAt);

    /// <summary>Cards by title id; null when the catalog cannot answer and no copy is recent enough.</summary>
    public async Task<IReadOnlyDictionary<string, TitleSummary>?> ReadAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var kept = cache.TryGetValue<Entry>(CacheKey, out var entry) && entry is not null && now - entry.ReadAt < KeepFor
            ? entry
            : null;
        if (kept is not null && now - kept.ReadAt < FreshFor)
        {
            return kept.Titles;
        }

        try
        {
            var titles = await ReadAllAsync(cancellationToken);
            // The saved time comes from the TimeProvider so the rule is the same in tests; the
            // cache's own expiry only frees the memory.
            cache.Set(CacheKey, new Entry(titles, now), KeepFor);
            return titles;
        }
        catch (RpcException exception)
        {
            logger.LogWarning("Catalog ListTitles for the title directory failed with {StatusCode}: {Detail}",
                exception.StatusCode, exception.Status.Detail);
            return kept?.Titles;
        }
    }

    private async Task<IReadOnlyDictionary<string, TitleSummary>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var titles = new Dictionary<string, TitleSummary>(StringComparer.Ordinal);
        var pageToken = "";
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await client.ListTitlesAsync(
                new ListTitlesRequest { PageSize = PageSize, PageToken = pageToken }, cancellationToken: cancellationToken);
            foreach (var title in response.Titles)
            {
                titles[title.Id] = TitleMapping.ToSummary(title);
            }
            pageToken = response.NextPageToken;
            if (string.IsNullOrEmpty(pageToken))
            {
                break;
            }
        }
        return titles;
    }
}
