using Microsoft.Extensions.Caching.Hybrid;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// The catalog as the gRPC endpoints see it: reads are cache-aside through HybridCache (in-process
/// L1, Redis L2, one database query per key however many callers miss at once); an update writes
/// to Postgres first and then drops every entry it made stale, here and on every other replica
/// (CacheInvalidationBroadcast), so the next read is fresh.
/// </summary>
public sealed class CachedCatalog(
    CatalogReader reader,
    CatalogWriter writer,
    CatalogMediaWriter mediaWriter,
    HybridCache cache,
    CacheInvalidationBroadcast broadcast)
{
    public async Task<IReadOnlyList<GenreSummary>> ListGenresAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CatalogCacheKeys.GenresKey,
            reader,
            static async (reader, ct) => await reader.ListGenresAsync(ct),
            tags: CatalogCacheKeys.GenresTags,
            cancellationToken: cancellationToken);

    /// <summary>The title, or <see cref="CatalogNotFoundException"/>; a miss is not cached.</summary>
    public async Task<TitleDetails> GetTitleAsync(string id, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CatalogCacheKeys.TitleKey(id),
            (reader, id),
            // Throwing from the factory stores nothing, so a title that appears later is found at once.
            static async (state, ct) => await state.reader.FindTitleAsync(state.id, ct)
                ?? throw CatalogNotFoundException.Title(state.id),
            tags: CatalogCacheKeys.TitleTags(id),
            cancellationToken: cancellationToken);

    public async Task<TitlePage> ListTitlesAsync(string? genreId, int offset, int pageSize, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CatalogCacheKeys.TitlesPageKey(genreId, offset, pageSize),
            (reader, genreId, offset, pageSize),
            static async (state, ct) => await state.reader.ListTitlesAsync(state.genreId, state.offset, state.pageSize, ct),
            tags: CatalogCacheKeys.TitlesPageTags(genreId),
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<TitleDetails>> SearchAsync(SearchQuery query, int pageSize, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CatalogCacheKeys.SearchKey(query, pageSize),
            (reader, query, pageSize),
            static async (state, ct) => await state.reader.SearchAsync(state.query, state.pageSize, ct),
            tags: CatalogCacheKeys.SearchTags,
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<GenreRow>> HomeRowsAsync(int titlesPerRow, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CatalogCacheKeys.HomeRowsKey(titlesPerRow),
            (reader, titlesPerRow),
            static async (state, ct) => await state.reader.HomeRowsAsync(state.titlesPerRow, ct),
            tags: CatalogCacheKeys.HomeRowsTags,
            cancellationToken: cancellationToken);

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
