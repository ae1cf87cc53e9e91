using System.Text.Json;
using Streamflix.Edge.Contracts;

namespace Streamflix.Edge.Tests;

public sealed class EdgeHeartbeatTests
{
    [Fact]
    public void The_heartbeat_is_camel_case_json_that_round_trips()
    {
        var heartbeat = new EdgeHeartbeat("edge-1", "eu-west", "http://localhost:5301", true, 3, 1_234_567,
            ["the-long-night"], 42_000, 0.93, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), ReadAheadFills: 17, OriginBytes: 9_000);

        var json = heartbeat.ToJson();
        using var document = JsonDocument.Parse(json);

        Assert.Equal(
            ["name", "region", "publicUrl", "healthy", "activeRequests", "bytesPerSecond", "cachedTitles", "cachedBytes", "hitRatio", "at", "readAheadFills", "originBytes"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        var back = EdgeHeartbeat.FromJson(json);
        Assert.NotNull(back);
        Assert.Equal(heartbeat.Name, back.Name);
        Assert.Equal(heartbeat.CachedTitles, back.CachedTitles);
        Assert.Equal(17, back.ReadAheadFills);
        Assert.Equal(9_000, back.OriginBytes);
        Assert.Equal("edge:heartbeat:edge-1", EdgeHeartbeat.KeyFor("edge-1"));
    }

    [Fact]
    public void A_heartbeat_from_an_edge_without_the_newer_fields_still_reads()
    {
        // What an edge built before read-ahead publishes: playback and the web site must keep reading it.
        const string older = """
            {"name":"edge-1","region":"eu-west","publicUrl":"http://e","healthy":true,"activeRequests":1,"bytesPerSecond":2,
             "cachedTitles":["t"],"cachedBytes":3,"hitRatio":0.5,"at":"2026-11-28T12:00:00+00:00"}
            """;

        var back = EdgeHeartbeat.FromJson(older);

        Assert.NotNull(back);
        Assert.Equal("edge-1", back.Name);
        Assert.Equal(0, back.ReadAheadFills);
        Assert.Equal(0, back.OriginBytes);
    }
}
