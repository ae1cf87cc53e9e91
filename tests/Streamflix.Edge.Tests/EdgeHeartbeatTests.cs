using System.Text.Json;
using Streamflix.Edge.Contracts;

namespace Streamflix.Edge.Tests;

public sealed class EdgeHeartbeatTests
{
    [Fact]
    public void The_heartbeat_is_camel_case_json_that_round_trips()
    {
        var heartbeat = new EdgeHeartbeat("edge-1", "eu-west", "http://localhost:5301", true, 3, 1_234_567,
            ["the-long-night"], 42_000, 0.93, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

        var json = heartbeat.ToJson();
        using var document = JsonDocument.Parse(json);

        Assert.Equal(
            ["name", "region", "publicUrl", "healthy", "activeRequests", "bytesPerSecond", "cachedTitles", "cachedBytes", "hitRatio", "at"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        var back = EdgeHeartbeat.FromJson(json);
        Assert.NotNull(back);
        Assert.Equal(heartbeat.Name, back.Name);
        Assert.Equal(heartbeat.CachedTitles, back.CachedTitles);
        Assert.Equal("edge:heartbeat:edge-1", EdgeHeartbeat.KeyFor("edge-1"));
    }
}
