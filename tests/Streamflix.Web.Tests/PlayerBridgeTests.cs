using Streamflix.Playback.Contracts;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

public sealed class PlayerBridgeTests : IDisposable
{
    private readonly PlayerSessionFixture _fixture = new();
    private readonly List<HeartbeatAnswer> _told = [];
    private readonly PlayerBridge _bridge;

    public PlayerBridgeTests()
    {
        _fixture.Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        _bridge = new PlayerBridge(_fixture.Session, _fixture.AccessToken, answer =>
        {
            _told.Add(answer);
            return Task.CompletedTask;
        }, CancellationToken.None);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task When_every_edge_failed_the_session_stops_and_the_page_shows_why()
    {
        await _fixture.Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        await _bridge.AllEdgesFailed(33);

        Assert.Equal(33, Assert.Single(_fixture.Playback.RequestsTo<StopPlaybackRequest>("StopPlayback")).PositionSeconds);
        Assert.Equal(PlaybackRefusals.AllEdgesFailed, Assert.Single(_told).Problem!.Reason);
    }

    [Fact]
    public async Task A_new_session_is_told_to_the_page_and_returned_to_the_player()
    {
        var sessions = new Queue<string>(["s-1", "s-2"]);
        _fixture.Playback.OnStart = _ => PlaybackSamples.Manifest(sessions.Dequeue());
        _fixture.Playback.OnHeartbeat = request => request.SessionId == "s-1"
            ? throw PlaybackSamples.Refusal(PlaybackRefusals.SessionEnded)
            : new HeartbeatResponse();
        await _fixture.Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var answer = await _bridge.Heartbeat(new HeartbeatReport(70, 720, 1, "edge-1"));

        Assert.Equal("s-2", answer.Restart!.SessionId);
        Assert.Equal("s-2", Assert.Single(_told).Restart!.SessionId);
    }

    [Fact]
    public async Task A_plain_heartbeat_tells_the_page_nothing_and_asks_for_renewal_near_expiry()
    {
        await _fixture.Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);
        await _fixture.AccessToken.RenewalHandleAsync();

        var early = await _bridge.Heartbeat(new HeartbeatReport(10, 720, 0, "edge-1"));
        _fixture.Clock.Advance(TimeSpan.FromMinutes(4));
        var late = await _bridge.Heartbeat(new HeartbeatReport(20, 720, 0, "edge-1"));

        Assert.Empty(_told);
        Assert.False(early.RenewSignIn);
        Assert.True(late.RenewSignIn);
    }
}
