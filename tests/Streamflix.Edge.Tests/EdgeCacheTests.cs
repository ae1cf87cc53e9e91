using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

public sealed class EdgeCacheTests
{
    [Fact]
    public void A_stored_object_is_returned()
    {
        var cache = new EdgeCache(1000);
        var value = TestObjects.OfSize(100);

        Assert.True(cache.Set("t/seg_1.ts", value));
        Assert.True(cache.TryGet("t/seg_1.ts", out var found));
        Assert.Same(value, found);
        Assert.False(cache.TryGet("t/seg_2.ts", out _));
    }

    [Fact]
    public void The_cache_evicts_by_bytes_not_by_count()
    {
        var cache = new EdgeCache(1000);
        cache.Set("t/a", TestObjects.OfSize(250));
        cache.Set("t/b", TestObjects.OfSize(250));
        cache.Set("t/c", TestObjects.OfSize(250));
        cache.Set("t/d", TestObjects.OfSize(250));
        Assert.Equal(1000, cache.CachedBytes);

        cache.Set("t/e", TestObjects.OfSize(10));

        Assert.False(cache.TryGet("t/a", out _));
        Assert.Equal(4, cache.Count);
        Assert.Equal(760, cache.CachedBytes);
    }

    [Fact]
    public void Reading_an_object_protects_it_from_eviction()
    {
        var cache = new EdgeCache(1000);
        cache.Set("t/a", TestObjects.OfSize(250));
        cache.Set("t/b", TestObjects.OfSize(250));
        cache.Set("t/c", TestObjects.OfSize(250));
        cache.Set("t/d", TestObjects.OfSize(250));

        Assert.True(cache.TryGet("t/a", out _));     // a is now the most recent; b the oldest
        cache.Set("t/e", TestObjects.OfSize(200));

        Assert.True(cache.TryGet("t/a", out _));
        Assert.False(cache.TryGet("t/b", out _));
        Assert.True(cache.TryGet("t/c", out _));
    }

    [Fact]
    public void A_large_object_evicts_as_many_old_ones_as_it_needs()
    {
        var cache = new EdgeCache(1000);
        for (var i = 0; i < 10; i++)
        {
            cache.Set($"t/{i}", TestObjects.OfSize(100));
        }

        cache.Set("t/big", TestObjects.OfSize(250));

        Assert.Equal(8, cache.Count);
        Assert.Equal(950, cache.CachedBytes);
        Assert.False(cache.TryGet("t/0", out _));
        Assert.False(cache.TryGet("t/2", out _));
        Assert.True(cache.TryGet("t/3", out _));
    }

    [Fact]
    public void Objects_over_a_quarter_of_the_capacity_are_not_kept()
    {
        var cache = new EdgeCache(1000);
        cache.Set("t/small", TestObjects.OfSize(100));

        Assert.False(cache.Set("t/huge", TestObjects.OfSize(251)));
        Assert.False(cache.TryGet("t/huge", out _));
        Assert.True(cache.TryGet("t/small", out _));
        Assert.True(cache.Set("t/quarter", TestObjects.OfSize(250)));
    }

    [Fact]
    public void Replacing_an_object_accounts_its_new_size()
    {
        var cache = new EdgeCache(1000);
        cache.Set("t/master.m3u8", TestObjects.OfSize(100));
        cache.Set("t/master.m3u8", TestObjects.OfSize(40));

        Assert.Equal(1, cache.Count);
        Assert.Equal(40, cache.CachedBytes);
    }

    [Fact]
    public void Cached_titles_are_listed_by_bytes_and_follow_evictions()
    {
        var cache = new EdgeCache(1000);
        cache.Set("small-title/a", TestObjects.OfSize(100));
        cache.Set("big-title/a", TestObjects.OfSize(200));
        cache.Set("big-title/b", TestObjects.OfSize(200));

        Assert.Equal(["big-title", "small-title"], cache.CachedTitles());

        Assert.Equal(2, cache.RemoveTitle("big-title"));
        Assert.Equal(["small-title"], cache.CachedTitles());
        Assert.Equal(100, cache.CachedBytes);
    }
}
