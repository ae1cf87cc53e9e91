using System.ComponentModel;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// What the catalog keeps in HybridCache. HybridCache hands out the very instance it holds in memory
/// only for types it knows are immutable (sealed and <c>[ImmutableObject(true)]</c>); for any other type,
/// a list included, every hit deserializes a fresh copy from its stored bytes, which measured about a
/// millisecond of CPU per home-page call. The catalog never mutates what it reads, so every result is
/// wrapped in this one immutable envelope and hits cost a lookup.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedValue<T>(T Value);
