namespace Streamflix.Edge.Caching;

/// <summary>An object (or null: the origin has none) and whether it came from this edge's cache.</summary>
public sealed record EdgeLookup(CachedObject? Object, bool FromCache);
