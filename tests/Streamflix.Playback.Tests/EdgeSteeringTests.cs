using Streamflix.Edge.Contracts;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class EdgeSteeringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(6);
    private const string Title = "the-long-night";

    private static EdgeHeartbeat Edge(
        string name,
        string region = "eu-west",
        bool healthy = true,
        int activeRequests = 0,
        long bytesPerSecond = 0,
        string[]? cached = null,
        TimeSpan? age = null,
        string? publicUrl = null) =>
        new(name, region, publicUrl ?? $"http://localhost:80{name[^1]}/", healthy, activeRequests, bytesPerSecond,
            cached ?? [], 0, 0, Now - (age ?? TimeSpan.FromSeconds(1)));

    private static string[] Names(IEnumerable<EdgeHeartbeat> edges) => edges.Select(e => e.Name).ToArray();

    private static IReadOnlyList<EdgeHeartbeat> Rank(string region, params EdgeHeartbeat[] edges) =>
        EdgeSteering.Rank(edges, region, Title, Now, StaleAfter);

    [Fact]
    public void Edges_in_the_viewers_region_come_first()
    {
        var ranked = Rank("us-east", Edge("edge-1", "eu-west"), Edge("edge-2", "us-east", activeRequests: 50));

        Assert.Equal(["edge-2", "edge-1"], Names(ranked));
    }

    [Fact]
    public void Region_match_ignores_case()
    {
        var ranked = Rank("EU-West", Edge("edge-1", "us-east"), Edge("edge-2", "eu-west", activeRequests: 9));

        Assert.Equal("edge-2", ranked[0].Name);
    }

    [Fact]
    public void Unhealthy_edges_are_left_out()
    {
        var ranked = Rank("eu-west", Edge("edge-1", healthy: false), Edge("edge-2", activeRequests: 100));

        Assert.Equal(["edge-2"], Names(ranked));
    }

    [Fact]
    public void Edges_with_a_stale_heartbeat_are_left_out()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", age: TimeSpan.FromSeconds(7)),
            Edge("edge-2", age: TimeSpan.FromSeconds(6)),
            Edge("edge-3", age: TimeSpan.FromSeconds(2)));

        Assert.Equal(["edge-2", "edge-3"], Names(ranked));
    }

    [Fact]
    public void A_heartbeat_from_far_in_the_future_is_not_trusted()
    {
        var ranked = Rank("eu-west", Edge("edge-1", age: TimeSpan.FromMinutes(-5)), Edge("edge-2"));

        Assert.Equal(["edge-2"], Names(ranked));
    }

    [Fact]
    public void Edges_without_an_absolute_http_address_are_left_out()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", publicUrl: ""),
            Edge("edge-2", publicUrl: "/relative"),
            Edge("edge-3", publicUrl: "ftp://host/"),
            Edge("edge-4", publicUrl: "https://edge-4.example/"));

        Assert.Equal(["edge-4"], Names(ranked));
    }

    [Fact]
    public void Within_a_region_an_edge_that_caches_the_title_is_preferred_over_a_less_loaded_one()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", activeRequests: 0),
            Edge("edge-2", activeRequests: 40, cached: ["other-title", Title]));

        Assert.Equal(["edge-2", "edge-1"], Names(ranked));
    }

    [Fact]
    public void Region_outranks_a_cached_copy()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", "us-east", cached: [Title]),
            Edge("edge-2", "eu-west"));

        Assert.Equal(["edge-2", "edge-1"], Names(ranked));
    }

    [Fact]
    public void Less_loaded_edges_come_first_by_active_requests_then_throughput()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", activeRequests: 5, bytesPerSecond: 10),
            Edge("edge-2", activeRequests: 2, bytesPerSecond: 9_000),
            Edge("edge-3", activeRequests: 2, bytesPerSecond: 100));

        Assert.Equal(["edge-3", "edge-2", "edge-1"], Names(ranked));
    }

    [Fact]
    public void Equal_edges_are_ranked_by_name_whatever_the_input_order()
    {
        var a = Edge("edge-1");
        var b = Edge("edge-2");
        var c = Edge("edge-3");

        Assert.Equal(["edge-1", "edge-2", "edge-3"], Names(Rank("eu-west", c, a, b)));
        Assert.Equal(["edge-1", "edge-2", "edge-3"], Names(Rank("eu-west", b, c, a)));
    }

    [Fact]
    public void A_name_seen_twice_counts_once_with_its_newest_heartbeat()
    {
        var ranked = Rank("eu-west",
            Edge("edge-1", activeRequests: 90, age: TimeSpan.FromSeconds(3)),
            Edge("edge-1", activeRequests: 1, age: TimeSpan.FromSeconds(1)),
            Edge("edge-2", activeRequests: 5));

        Assert.Equal(["edge-1", "edge-2"], Names(ranked));
        Assert.Equal(1, ranked[0].ActiveRequests);
    }

    [Fact]
    public void No_serving_edge_gives_an_empty_ranking()
    {
        Assert.Empty(Rank("eu-west"));
        Assert.Empty(Rank("eu-west", Edge("edge-1", healthy: false), Edge("edge-2", age: TimeSpan.FromMinutes(1))));
    }

    [Theory]
    [InlineData("http://localhost:8001/", "http://localhost:8001/v/1/s/0/sig/t/master.m3u8")]
    [InlineData("http://localhost:8001", "http://localhost:8001/v/1/s/0/sig/t/master.m3u8")]
    [InlineData("http://localhost:8001//", "http://localhost:8001/v/1/s/0/sig/t/master.m3u8")]
    public void Master_playlist_url_joins_address_and_path_with_one_slash(string publicUrl, string expected)
    {
        Assert.Equal(expected, EdgeSteering.MasterPlaylistUrl(publicUrl, "/v/1/s/0/sig/t/master.m3u8"));
    }
}
