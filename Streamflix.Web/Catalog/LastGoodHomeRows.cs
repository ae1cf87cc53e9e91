using Microsoft.Extensions.Caching.Memory;

namespace Streamflix.Web.Catalog;

/// <summary>
/// The home rows of the last successful catalog call, kept for a few minutes so that a catalog
/// outage still shows a home page (with a notice) instead of an empty one. Older rows are not
/// shown: a stale page that lingers would hide the outage for too long.
/// </summary>
public sealed class LastGoodHomeRows(IMemoryCache cache, TimeProvider timeProvider)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    private const string CacheKey = "streamflix:web:home-rows:last-good";

    private sealed record Entry(IReadOnlyList<GenreRow> Rows, DateTimeOffset SavedAt);

    public void Remember(IReadOnlyList<GenreRow> rows)
    {
        // The memory cache bounds the entry's life with its own clock; the saved time, read from
        // the TimeProvider, is what Recall checks, so the rule is the same in tests and in production.
        cache.Set(CacheKey, new Entry(rows, timeProvider.GetUtcNow()), KeepFor);
    }

    public HomeFeed? Recall()
    {
        if (cache.TryGetValue<Entry>(CacheKey, out var entry) && entry is not null
            && timeProvider.GetUtcNow() - entry.SavedAt < KeepFor)
        {
            return new HomeFeed(entry.Rows, entry.SavedAt);
        }
        return null;
    }
}
