using Streamflix.Playback.Grpc;
using Streamflix.Playback.Model;
using Streamflix.Playback.Sessions;

namespace Streamflix.Playback.Tests;

public sealed class PlaybackContractMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_started_session_maps_to_the_manifest()
    {
        var session = PlaySession.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "the-long-night", ["edge-1"], 75.5, 3600, 720, Now);
        var playback = new StartedPlayback(
            session,
            new Entitlement(true, "standard", 2, 720, Now.AddDays(30), Now),
            [new PlayableRendition("720p", 1280, 720, 2_800_000), new PlayableRendition("480p", 854, 480, 1_400_000)],
            [new ManifestEdge("edge-1", "eu-west", "http://localhost:8101/v/x/master.m3u8", 1)],
            Now.AddHours(6),
            HeartbeatIntervalSeconds: 10,
            LeaseSeconds: 30);

        var manifest = playback.ToManifest();

        Assert.Equal(session.SessionId, manifest.SessionId);
        Assert.Equal("the-long-night", manifest.TitleId);
        Assert.Equal(75.5, manifest.ResumePositionSeconds);
        Assert.Equal(3600, manifest.DurationSeconds);
        Assert.Equal(["720p", "480p"], manifest.Renditions.Select(r => r.Name));
        Assert.Equal(1280, manifest.Renditions[0].Width);
        Assert.Equal(720, manifest.MaxHeight);
        Assert.Equal("http://localhost:8101/v/x/master.m3u8", manifest.Edges.Single().MasterPlaylistUrl);
        Assert.Equal(1, manifest.Edges.Single().Rank);
        Assert.Equal(Now.AddHours(6), manifest.ExpiresAt.ToDateTimeOffset());
        Assert.Equal(10, manifest.HeartbeatIntervalSeconds);
        Assert.Equal(30, manifest.LeaseSeconds);
    }

    [Fact]
    public void Viewing_progress_maps_to_a_watched_title()
    {
        var watched = ViewingProgress.Of(Guid.NewGuid(), "t1", Guid.NewGuid(), 3500, 3600, Now).ToContract();

        Assert.Equal("t1", watched.TitleId);
        Assert.Equal(3500, watched.PositionSeconds);
        Assert.Equal(3600, watched.DurationSeconds);
        Assert.True(watched.Finished);
        Assert.Equal(Now, watched.LastWatchedAt.ToDateTimeOffset());
    }
}
