using Microsoft.Extensions.Caching.Hybrid;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// The catalog as the gRPC endpoints see it: reads are cache-aside through HybridCache (in-process
/// L1, Redis L2, one database query per key however many callers miss at once); an update writes
/// to Postgres first and then drops every entry it made stale, here and on every other replica
/// (CacheInvalidationBroadcast), so the next read is fresh. When the database cannot answer, reads
/// fall back to the last known good copy (<see cref="LastKnownGood"/>).
/// </summary>
public sealed class CachedCatalog(
    CatalogReader reader,
    CatalogWriter writer,
    CatalogMediaWriter mediaWriter,
    HybridCache cache,
    CacheInvalidationBroadcast broadcast,
    LastKnownGood lastKnownGood)
{
    public Task<IReadOnlyList<GenreSummary>> ListGenresAsync(CancellationToken cancellationToken) =>
        ReadAsync(CatalogCacheKeys.GenresKey, CatalogCacheKeys.GenresTags, reader.ListGenresAsync, cancellationToken);

    /// <summary>The title, or <see cref="CatalogNotFoundException"/>; a miss is not cached.</summary>
    public Task<TitleDetails> GetTitleAsync(string id, CancellationToken cancellationToken) =>
        // Throwing from the factory stores nothing, so a title that appears later is found at once.
        ReadAsync(CatalogCacheKeys.TitleKey(id), CatalogCacheKeys.TitleTags(id),
            async ct => await reader.FindTitleAsync(id, ct) ?? throw CatalogNotFoundException.Title(id), cancellationToken);

    public Task<TitlePage> ListTitlesAsync(string? genreId, int offset, int pageSize, CancellationToken cancellationToken) =>
        ReadAsync(CatalogCacheKeys.TitlesPageKey(genreId, offset, pageSize), CatalogCacheKeys.TitlesPageTags(genreId),
            ct => reader.ListTitlesAsync(genreId, offset, pageSize, ct), cancellationToken);

    public Task<IReadOnlyList<TitleDetails>> SearchAsync(SearchQuery query, int pageSize, CancellationToken cancellationToken) =>
        ReadAsync(CatalogCacheKeys.SearchKey(query, pageSize), CatalogCacheKeys.SearchTags,
            ct => reader.SearchAsync(query, pageSize, ct), cancellationToken);

    public Task<IReadOnlyList<GenreRow>> HomeRowsAsync(int titlesPerRow, CancellationToken cancellationToken) =>
        ReadAsync(CatalogCacheKeys.HomeRowsKey(titlesPerRow), CatalogCacheKeys.HomeRowsTags,
            ct => reader.HomeRowsAsync(titlesPerRow, ct), cancellationToken);

    public async Task<TitleDetails> UpdateTitleAsync(TitleUpdate update, CancellationToken cancellationToken)
    {
        var outcome = await writer.UpdateTitleAsync(update, cancellationToken);
        await InvalidateAsync(update.Id, outcome, cancellationToken);

        return await GetTitleAsync(update.Id, cancellationToken);
    }

    /// <summary>Applies a media transition; returns whether it changed anything (and then invalidates).</summary>
    public async Task<bool> ChangeMediaAsync(
        string titleId, Func<TitleMedia, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        var outcome = await mediaWriter.ChangeMediaAsync(titleId, change, cancellationToken);
        await InvalidateAsync(titleId, outcome, cancellationToken);
        return outcome.Changed;
    }

    /// <summary>Applies a completed encode (announced as TitlePublished when it applies); returns whether it did.</summary>
    public async Task<bool> CompleteMediaAsync(
        string titleId, Func<TitleMedia, DateTimeOffset, bool> complete, CancellationToken cancellationToken)
    {
        var outcome = await mediaWriter.CompleteMediaAsync(titleId, complete, cancellationToken);
        await InvalidateAsync(titleId, outcome, cancellationToken);
        return outcome.Changed;
    }

    /// <summary>
    /// Cache-aside through HybridCache; each database result is also kept as the last known good
    /// copy, which answers only when the whole read (cache miss → database) fails.
    /// </summary>
    private Task<T> ReadAsync<T>(string key, IEnumerable<string> tags,
        Func<CancellationToken, Task<T>> query, CancellationToken cancellationToken) =>
        lastKnownGood.ServeAsync(key, async ct => (await cache.GetOrCreateAsync(
                key,
                async factoryToken => new CachedValue<T>(await lastKnownGood.RecordAsync(key, await query(factoryToken), factoryToken)),
                tags: tags,
                cancellationToken: ct)).Value,
            cancellationToken);

    private async Task InvalidateAsync(string titleId, TitleUpdateOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Changed)
        {
            return;
        }

        var stale = CatalogCacheKeys.TagsInvalidatedByTitleUpdate(titleId, outcome.GenreIds);
        await cache.RemoveByTagAsync(stale, cancellationToken);
        await broadcast.PublishAsync(stale);
    }
}
