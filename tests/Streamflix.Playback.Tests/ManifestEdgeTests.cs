using System.Text;
using Streamflix.Edge.Contracts;
using Streamflix.Playback.Model;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Tests;

public sealed class ManifestEdgeTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-signing-key-of-at-least-32-bytes!");
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static readonly PlayableTitle Title = new(
        "the-long-night", false, 60, "v2/master.m3u8", [new PlayableRendition("480p", 854, 480, 1_400_000)]);

    private static EdgeHeartbeat Edge(string name, string url, string region = "eu-west") =>
        new(name, region, url, true, 0, 0, [], 0, 0, Now);

    [Fact]
    public void Each_ranked_edge_gets_a_signed_url_that_an_edge_accepts_with_the_plans_cap()
    {
        var sessionId = Guid.NewGuid().ToString("N");
        var expiresAt = Now.AddHours(6);

        var edges = ManifestEdge.Sign(Key, [Edge("edge-2", "http://localhost:8102/"), Edge("edge-1", "http://localhost:8101", "us-east")],
            Title, sessionId, expiresAt, maxHeight: 720);

        Assert.Equal(["edge-2", "edge-1"], edges.Select(e => e.Name));
        Assert.Equal([1, 2], edges.Select(e => e.Rank));
        Assert.Equal("us-east", edges[1].Region);
        Assert.StartsWith("http://localhost:8102/v/", edges[0].MasterPlaylistUrl, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:8101/v/", edges[1].MasterPlaylistUrl, StringComparison.Ordinal);

        foreach (var edge in edges)
        {
            var verified = SignedMediaUrl.Verify(Key, new Uri(edge.MasterPlaylistUrl).AbsolutePath, Now);
            Assert.True(verified.IsValid);
            Assert.Equal("the-long-night", verified.TitleId);
            Assert.Equal("v2/master.m3u8", verified.RelativePath);
            Assert.Equal(sessionId, verified.SessionId);
            Assert.Equal(720, verified.MaxHeight);
            Assert.Equal(expiresAt, verified.ExpiresAt);
        }
    }

    [Fact]
    public void Every_edge_carries_the_same_signed_path_so_failover_keeps_the_session()
    {
        var edges = ManifestEdge.Sign(Key, [Edge("edge-1", "http://a:1"), Edge("edge-2", "http://b:2/")],
            Title, "s1", Now.AddHours(1), 480);

        Assert.Equal(new Uri(edges[0].MasterPlaylistUrl).AbsolutePath, new Uri(edges[1].MasterPlaylistUrl).AbsolutePath);
    }

    [Fact]
    public void A_url_signed_with_another_key_is_refused()
    {
        var edges = ManifestEdge.Sign(Key, [Edge("edge-1", "http://a:1")], Title, "s1", Now.AddHours(1), 480);
        var otherKey = Encoding.UTF8.GetBytes("another-signing-key-of-at-least-32-bytes");

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(otherKey, new Uri(edges[0].MasterPlaylistUrl).AbsolutePath, Now).Status);
    }

    [Fact]
    public void A_plan_without_a_cap_signs_height_zero()
    {
        var edges = ManifestEdge.Sign(Key, [Edge("edge-1", "http://a:1")], Title, "s1", Now.AddHours(1), 0);

        var verified = SignedMediaUrl.Verify(Key, new Uri(edges[0].MasterPlaylistUrl).AbsolutePath, Now);
        Assert.True(verified.IsValid);
        Assert.False(verified.IsHeightCapped);
    }
}
