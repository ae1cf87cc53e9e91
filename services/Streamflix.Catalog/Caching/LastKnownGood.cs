using Microsoft.Extensions.Caching.Hybrid;
using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// The catalog's fallback when Postgres is down: a copy of every read result kept for
/// <see cref="Retention"/> beside the regular cache entries (untagged, so updates do not drop
/// it), served only when a fresh read fails. A stale catalog beats an error page: titles change
/// rarely and the site marks such rows as possibly stale.
/// </summary>
public sealed partial class LastKnownGood(HybridCache cache, ILogger<LastKnownGood> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private static readonly HybridCacheEntryOptions Keep = new() { Expiration = Retention, LocalCacheExpiration = Retention };

    // Looking up must not store the "nothing" it found.
    private static readonly HybridCacheEntryOptions LookOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public static string KeyFor(string key) => $"lkg:{key}";

    /// <summary>Keeps <paramref name="value"/> (just read from the database) as the copy of <paramref name="key"/>.</summary>
    public async ValueTask<T> RecordAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(KeyFor(key), new Copy<T>(value), Keep, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The fresh value still answers the call; only the fallback is older.
            LogRecordFailed(ex, key);
        }

        return value;
    }

    /// <summary>
    /// The fresh result, or, when the read fails for a reason other than the request itself
    /// (not found, invalid, cancelled), the last good copy; with no copy the failure stands.
    /// </summary>
    public async Task<T> ServeAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken);
        }
        catch (Exception ex) when (IsOutage(ex, cancellationToken))
        {
            var copy = await TryGetAsync<T>(key, cancellationToken);
            if (copy is null)
            {
                throw;
            }

            LogServedStale(ex, key);
            return copy.Value;
        }
    }

    public static bool IsOutage(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        CatalogNotFoundException or CatalogValidationException => false,
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        _ => true,
    };

    private async Task<Copy<T>?> TryGetAsync<T>(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetOrCreateAsync(KeyFor(key), static _ => ValueTask.FromResult<Copy<T>?>(null), LookOnly,
                cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogLookupFailed(ex, key);
            return null;
        }
    }

    /// <summary>A wrapper, so a stored copy of a null or empty result is told apart from no copy.</summary>
    public sealed record Copy<T>(T Value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog read {Key} failed; served the last known good copy")]
    private partial void LogServedStale(Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the last known good copy of {Key}")]
    private partial void LogRecordFailed(Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the last known good copy of {Key}")]
    private partial void LogLookupFailed(Exception exception, string key);
}
