using BenchmarkDotNet.Attributes;
using Streamflix.Edge.Contracts;
using Streamflix.Playback.Model;

namespace Streamflix.Bench.Micro;

/// <summary>Ranking the edges' heartbeats, once per Play.</summary>
[MemoryDiagnoser]
public class SteeringBenchmarks
{
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private EdgeHeartbeat[] _heartbeats = [];

    [Params(2, 16)]
    public int Edges { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _heartbeats = [.. Enumerable.Range(0, Edges).Select(i => new EdgeHeartbeat(
            $"edge-{i}", i % 2 == 0 ? "eu-west" : "us-east", $"http://127.0.0.1:{9000 + i}", true, i * 3, i * 1000L,
            [.. Enumerable.Range(0, 50).Select(t => $"title-{(t * (i + 1)) % 200:D3}")], 1L << 30, 0.9, _now.AddSeconds(-1)))];

    [Benchmark]
    public IReadOnlyList<EdgeHeartbeat> Rank() => EdgeSteering.Rank(_heartbeats, "eu-west", "title-042", _now, TimeSpan.FromSeconds(15));
}
