using System.Collections.Concurrent;

namespace Streamflix.Edge.Caching;

/// <summary>
/// Cache-or-origin with request coalescing: when a popular segment is missing, hundreds of viewers ask
/// for it within milliseconds; exactly one fetch goes to the origin and everyone awaits it. The in-flight
/// entry is removed as soon as the fetch ends, success or failure, so failures are never cached.
/// </summary>
public sealed class OriginFetcher(EdgeCache cache, IOriginClient origin, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedObject?>>> _inFlight = new(StringComparer.Ordinal);
    private long _originBytes;
    private long _lastFailureTicks;

    /// <summary>Bytes received from the origin since start.</summary>
    public long OriginBytesFetched => Interlocked.Read(ref _originBytes);

    public int InFlight => _inFlight.Count;

    /// <summary>Whether a fill of <paramref name="originPath"/> is under way (read-ahead leaves those alone).</summary>
    public bool IsInFlight(string originPath) => _inFlight.ContainsKey(originPath);

    /// <summary>
    /// Healthy unless the latest origin contact failed within <paramref name="window"/>: a dead origin marks
    /// the edge unhealthy for steering, and the mark fades on its own so an idle edge is not stuck there.
    /// </summary>
    public bool OriginLooksHealthy(TimeSpan window)
    {
        var failure = Interlocked.Read(ref _lastFailureTicks);
        return failure == 0 || time.GetUtcNow().UtcTicks - failure > window.Ticks;
    }

    public async Task<EdgeLookup> GetAsync(string originPath, CancellationToken cancellationToken)
    {
        if (cache.TryGet(originPath, out var cached))
        {
            return new EdgeLookup(cached, FromCache: true);
        }

        var created = new Lazy<Task<CachedObject?>>(() => FetchAndStoreAsync(originPath), LazyThreadSafetyMode.ExecutionAndPublication);
        var fetch = _inFlight.GetOrAdd(originPath, created);
        if (ReferenceEquals(fetch, created))
        {
            _ = created.Value.ContinueWith(
                _ => _inFlight.TryRemove(KeyValuePair.Create(originPath, created)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        // The shared fetch is not tied to any one viewer: if the first requester leaves, the others still
        // get the object. Each waiter stops waiting on its own token.
        var fetched = await fetch.Value.WaitAsync(cancellationToken);
        return new EdgeLookup(fetched, FromCache: false);
    }

    private async Task<CachedObject?> FetchAndStoreAsync(string originPath)
    {
        // A caller that missed just before the previous fetch completed would otherwise fetch again.
        if (cache.TryGet(originPath, out var cached))
        {
            return cached;
        }

        try
        {
            var fetched = await origin.FetchAsync(originPath, CancellationToken.None);
            Interlocked.Exchange(ref _lastFailureTicks, 0);   // the origin answered: any earlier failure is over
            if (fetched is not null)
            {
                Interlocked.Add(ref _originBytes, fetched.Length);
                cache.Set(originPath, fetched);
            }

            return fetched;
        }
        catch
        {
            Interlocked.Exchange(ref _lastFailureTicks, time.GetUtcNow().UtcTicks);
            throw;
        }
    }
}
