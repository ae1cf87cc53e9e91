using BenchmarkDotNet.Attributes;
using Streamflix.Edge.Caching;

namespace Streamflix.Bench.Micro;

/// <summary>The edge's LRU under a mix of hits and evicting inserts, as segment requests make it.</summary>
[MemoryDiagnoser]
public class EdgeCacheBenchmarks
{
    private const int Objects = 2_000;
    private readonly CachedObject _segment = new(new byte[16 * 1024], "video/mp2t", "\"v1\"", null, null, DateTimeOffset.UtcNow);
    private string[] _keys = [];
    private EdgeCache? _cache;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _keys = [.. Enumerable.Range(0, Objects).Select(i => $"title-{i % 100:D3}/720p/seg_{i:D5}.ts")];
        // Room for half of the objects: the miss path evicts.
        _cache = new EdgeCache(Objects / 2 * _segment.Length);
        foreach (var key in _keys.Take(Objects / 2))
        {
            _cache.Set(key, _segment);
        }
    }

    [Benchmark]
    public bool Hit() => _cache!.TryGet(_keys[_next++ % (Objects / 2)], out _);

    [Benchmark]
    public bool MissThenInsert()
    {
        var key = _keys[_next++ % Objects];
        return _cache!.TryGet(key, out _) || _cache.Set(key, _segment);
    }
}
