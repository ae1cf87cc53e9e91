namespace Streamflix.Edge.Caching;

/// <summary>A whole object from the origin, with the headers an edge must repeat to browsers.</summary>
public sealed record CachedObject(
    byte[] Body,
    string ContentType,
    string? ETag,
    string? CacheControl,
    DateTimeOffset? LastModified,
    DateTimeOffset CachedAt)
{
    public long Length => Body.LongLength;
}
