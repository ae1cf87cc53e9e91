using Grpc.Core;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

public sealed class PlayerSessionTests : IDisposable
{
    private readonly PlayerSessionFixture _fixture = new();
    private FakePlaybackClient Playback => _fixture.Playback;
    private PlayerSession Session => _fixture.Session;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Start_asks_for_the_profile_and_title_with_the_viewers_token()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest(resume: 83.5);

        var start = await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var (method, request, authorization) = Assert.Single(Playback.Calls);
        Assert.Equal("StartPlayback", method);
        var sent = (StartPlaybackRequest)request;
        Assert.Equal("p-adult", sent.ProfileId);
        Assert.Equal("the-long-night", sent.TitleId);
        Assert.Equal("", sent.Region);
        Assert.Equal(_fixture.BearerHeader, authorization);
        Assert.Null(start.Problem);
        Assert.Equal(83.5, start.Manifest!.ResumeSeconds);
        Assert.True(Session.IsActive);
    }

    [Fact]
    public async Task The_player_gets_edges_in_rank_order_and_renditions_highest_first()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-9");

        var manifest = (await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None)).Manifest!;

        Assert.Equal(["edge-1", "edge-2"], manifest.Edges.Select(e => e.Name));
        Assert.Equal("http://edge-1.test/v/s-9/master.m3u8", manifest.Edges[0].Url);
        Assert.Equal([720, 480], manifest.Renditions.Select(r => r.Height));
        Assert.Equal(15, manifest.HeartbeatIntervalSeconds);
        Assert.Equal("s-9", manifest.SessionId);
    }

    [Fact]
    public async Task A_refusal_becomes_the_problem_to_show_and_no_session_plays()
    {
        Playback.OnStart = _ => throw PlaybackSamples.Refusal(PlaybackRefusals.StreamLimit, StatusCode.ResourceExhausted);

        var start = await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        Assert.Null(start.Manifest);
        Assert.Equal(PlaybackRefusals.StreamLimit, start.Problem!.Reason);
        Assert.Equal("/account", start.Problem.LinkHref);
        Assert.False(Session.IsActive);
    }

    [Fact]
    public async Task A_manifest_without_edges_is_refused_as_no_edge_and_its_session_released()
    {
        Playback.OnStart = _ =>
        {
            var manifest = PlaybackSamples.Manifest("s-empty");
            manifest.Edges.Clear();
            return manifest;
        };

        var start = await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        Assert.Equal(PlaybackRefusals.NoEdge, start.Problem!.Reason);
        Assert.Equal("s-empty", Assert.Single(Playback.RequestsTo<StopPlaybackRequest>("StopPlayback")).SessionId);
        Assert.False(Session.IsActive);
    }

    [Fact]
    public async Task A_heartbeat_reports_position_height_rebuffers_and_edge_for_the_session()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var answer = await Session.HeartbeatAsync(new HeartbeatReport(42.25, 720, 2, "edge-2"), CancellationToken.None);

        Assert.Equal(HeartbeatAnswer.Continue, answer);
        var beat = Assert.Single(Playback.RequestsTo<HeartbeatRequest>("Heartbeat"));
        Assert.Equal("s-1", beat.SessionId);
        Assert.Equal(42.25, beat.PositionSeconds);
        Assert.Equal(720, beat.RenditionHeight);
        Assert.Equal(2, beat.RebufferCount);
        Assert.Equal("edge-2", beat.Edge);
        Assert.Equal(_fixture.BearerHeader, Playback.Calls.Last().Authorization);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-3)]
    [InlineData(double.PositiveInfinity)]
    public async Task A_position_the_browser_cannot_know_is_sent_as_zero(double position)
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest();
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        await Session.HeartbeatAsync(new HeartbeatReport(position, 0, 0, "edge-1"), CancellationToken.None);

        Assert.Equal(0, Assert.Single(Playback.RequestsTo<HeartbeatRequest>("Heartbeat")).PositionSeconds);
    }

    [Fact]
    public async Task Session_ended_starts_a_new_session_that_continues_from_the_current_position()
    {
        var sessions = new Queue<string>(["s-1", "s-2"]);
        Playback.OnStart = _ => PlaybackSamples.Manifest(sessions.Dequeue(), resume: 10);
        Playback.OnHeartbeat = request => request.SessionId == "s-1"
            ? throw PlaybackSamples.Refusal(PlaybackRefusals.SessionEnded)
            : new HeartbeatResponse();
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var answer = await Session.HeartbeatAsync(new HeartbeatReport(125, 480, 0, "edge-1"), CancellationToken.None);
        var next = await Session.HeartbeatAsync(new HeartbeatReport(135, 480, 0, "edge-1"), CancellationToken.None);

        Assert.Equal("s-2", answer.Restart!.SessionId);
        Assert.Equal(125, answer.Restart.ResumeSeconds);
        Assert.Equal("the-long-night", Playback.RequestsTo<StartPlaybackRequest>("StartPlayback").Last().TitleId);
        Assert.Equal(HeartbeatAnswer.Continue, next);
        Assert.Equal(["s-1", "s-2"], Playback.RequestsTo<HeartbeatRequest>("Heartbeat").Select(h => h.SessionId));
        Assert.Equal("s-2", Session.Manifest!.SessionId);
    }

    [Fact]
    public async Task A_refused_restart_stops_the_player_with_the_reason()
    {
        var starts = 0;
        Playback.OnStart = _ => ++starts == 1
            ? PlaybackSamples.Manifest("s-1")
            : throw PlaybackSamples.Refusal(PlaybackRefusals.NoActivePlan);
        Playback.OnHeartbeat = _ => throw PlaybackSamples.Refusal(PlaybackRefusals.SessionEnded);
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var answer = await Session.HeartbeatAsync(new HeartbeatReport(60, 720, 0, "edge-1"), CancellationToken.None);
        var after = await Session.HeartbeatAsync(new HeartbeatReport(61, 720, 0, "edge-1"), CancellationToken.None);

        Assert.Equal(PlaybackRefusals.NoActivePlan, answer.Problem!.Reason);
        Assert.Equal("/plans", answer.Problem.LinkHref);
        Assert.False(Session.IsActive);
        Assert.Equal(HeartbeatAnswer.Continue, after);
        Assert.Single(Playback.RequestsTo<HeartbeatRequest>("Heartbeat"));
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Unauthenticated)]
    public async Task A_failed_heartbeat_keeps_playing_without_a_new_session(StatusCode code)
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        Playback.OnHeartbeat = _ => throw FakeUnaryCall.Failure(code);
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        var answer = await Session.HeartbeatAsync(new HeartbeatReport(30, 720, 0, "edge-1"), CancellationToken.None);

        Assert.Equal(HeartbeatAnswer.Continue, answer);
        Assert.Single(Playback.RequestsTo<StartPlaybackRequest>("StartPlayback"));
        Assert.True(Session.IsActive);
    }

    [Fact]
    public async Task Heartbeats_arriving_together_after_the_session_ended_start_only_one_new_session()
    {
        var sessions = 0;
        Playback.OnStart = _ => PlaybackSamples.Manifest($"s-{Interlocked.Increment(ref sessions)}");
        Playback.OnHeartbeat = request => request.SessionId == "s-1"
            ? throw PlaybackSamples.Refusal(PlaybackRefusals.SessionEnded)
            : new HeartbeatResponse();
        // Slow enough that, unserialized, every heartbeat would hear SESSION_ENDED for s-1.
        Playback.HeartbeatDelay = TimeSpan.FromMilliseconds(50);
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => Session.HeartbeatAsync(new HeartbeatReport(50 + i, 720, 0, "edge-1"), CancellationToken.None))));

        Assert.Equal(2, Playback.RequestsTo<StartPlaybackRequest>("StartPlayback").Count());
        Assert.Equal("s-2", Session.Manifest!.SessionId);
    }

    [Fact]
    public async Task Stop_saves_the_given_position_once()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);
        await Session.HeartbeatAsync(new HeartbeatReport(30, 720, 0, "edge-1"), CancellationToken.None);

        await Session.StopAsync(47.5, CancellationToken.None);
        await Session.StopAsync(50, CancellationToken.None);

        var stop = Assert.Single(Playback.RequestsTo<StopPlaybackRequest>("StopPlayback"));
        Assert.Equal("s-1", stop.SessionId);
        Assert.Equal(47.5, stop.PositionSeconds);
        Assert.Equal(_fixture.BearerHeader, Playback.Calls.Last().Authorization);
        Assert.False(Session.IsActive);
    }

    [Fact]
    public async Task Stop_without_a_position_from_the_browser_saves_the_last_heartbeats()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);
        await Session.HeartbeatAsync(new HeartbeatReport(91, 720, 0, "edge-1"), CancellationToken.None);

        await Session.StopAsync(null, CancellationToken.None);

        Assert.Equal(91, Assert.Single(Playback.RequestsTo<StopPlaybackRequest>("StopPlayback")).PositionSeconds);
    }

    [Fact]
    public async Task A_failed_stop_is_swallowed_and_a_later_heartbeat_sends_nothing()
    {
        Playback.OnStart = _ => PlaybackSamples.Manifest("s-1");
        Playback.OnStop = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        await Session.StartAsync("p-adult", "the-long-night", CancellationToken.None);

        await Session.StopAsync(12, CancellationToken.None);
        await Session.HeartbeatAsync(new HeartbeatReport(13, 720, 0, "edge-1"), CancellationToken.None);

        Assert.Single(Playback.RequestsTo<StopPlaybackRequest>("StopPlayback"));
        Assert.Empty(Playback.RequestsTo<HeartbeatRequest>("Heartbeat"));
    }

    [Fact]
    public async Task Stop_before_anything_played_calls_nothing()
    {
        await Session.StopAsync(5, CancellationToken.None);

        Assert.Empty(Playback.Calls);
    }

    [Fact]
    public async Task A_second_title_needs_the_first_stopped()
    {
        Playback.OnStart = request => PlaybackSamples.Manifest("s-" + request.TitleId, request.TitleId);
        await Session.StartAsync("p-adult", "a", CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Session.StartAsync("p-adult", "b", CancellationToken.None));
        await Session.StopAsync(1, CancellationToken.None);
        var second = await Session.StartAsync("p-adult", "b", CancellationToken.None);

        Assert.Equal("s-b", second.Manifest!.SessionId);
    }
}
