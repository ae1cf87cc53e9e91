namespace Streamflix.Edge.Caching;

/// <summary>Where misses are filled from. Returns null when the origin does not have the object.</summary>
public interface IOriginClient
{
    Task<CachedObject?> FetchAsync(string originPath, CancellationToken cancellationToken);
}
