using Microsoft.Extensions.Time.Testing;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class PlaySessionTests
{
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private PlaySession NewSession(double duration = 3600, double resumeAt = 0) =>
        PlaySession.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "the-long-night", ["edge-2", "edge-1"],
            resumeAt, duration, 720, _clock.GetUtcNow());

    [Fact]
    public void A_new_session_records_who_watches_what_and_where()
    {
        var session = NewSession(resumeAt: 12);

        Assert.Equal("edge-2,edge-1", session.EdgeRanking);
        Assert.Equal("edge-2", session.Edge);
        Assert.Equal(12, session.PositionSeconds);
        Assert.Equal(32, session.SessionId.Length);
        Assert.True(Guid.TryParseExact(session.SessionId, "N", out var id) && id == session.Id);
        Assert.False(session.HasEnded);
    }

    [Fact]
    public void The_first_report_publishes_progress_and_later_ones_at_most_once_per_interval()
    {
        var session = NewSession();

        Assert.True(session.Record(10, 720, 0, null, _clock.GetUtcNow(), Sample).PublishProgress);

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(session.Record(20, 720, 0, null, _clock.GetUtcNow(), Sample).PublishProgress);

        _clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(session.Record(29, 720, 0, null, _clock.GetUtcNow(), Sample).PublishProgress);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(session.Record(30, 720, 0, null, _clock.GetUtcNow(), Sample).PublishProgress);

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(session.Record(40, 720, 0, null, _clock.GetUtcNow(), Sample).PublishProgress);
    }

    [Fact]
    public void Completion_is_published_once_when_the_position_first_counts_as_finished()
    {
        var session = NewSession(duration: 600);

        var before = session.Record(500, 720, 0, null, _clock.GetUtcNow(), Sample);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var reached = session.Record(590, 720, 0, null, _clock.GetUtcNow(), Sample);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var again = session.Record(600, 720, 0, null, _clock.GetUtcNow(), Sample);

        Assert.False(before.Finished);
        Assert.False(before.PublishCompleted);
        Assert.True(reached.Finished);
        Assert.True(reached.PublishCompleted);
        Assert.True(again.Finished);
        Assert.False(again.PublishCompleted);
        Assert.NotNull(session.CompletedAt);
    }

    [Fact]
    public void A_report_saves_position_rendition_rebuffers_and_the_edge_in_use()
    {
        var session = NewSession();

        session.Record(42.5, 480, 3, "edge-1", _clock.GetUtcNow(), Sample);

        Assert.Equal(42.5, session.PositionSeconds);
        Assert.Equal(480, session.RenditionHeight);
        Assert.Equal(3, session.RebufferCount);
        Assert.Equal("edge-1", session.Edge);
        Assert.Equal(_clock.GetUtcNow(), session.LastHeartbeatAt);
    }

    [Fact]
    public void A_report_without_details_keeps_the_ones_known()
    {
        var session = NewSession();
        session.Record(10, 720, 2, "edge-1", _clock.GetUtcNow(), Sample);

        session.Record(20, null, null, null, _clock.GetUtcNow(), Sample);
        session.Record(21, 0, null, "", _clock.GetUtcNow(), Sample);

        Assert.Equal(21, session.PositionSeconds);
        Assert.Equal(720, session.RenditionHeight);
        Assert.Equal(2, session.RebufferCount);
        Assert.Equal("edge-1", session.Edge);
    }

    [Fact]
    public void The_first_end_wins()
    {
        var session = NewSession();
        var first = _clock.GetUtcNow();

        Assert.True(session.End(first));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(session.End(_clock.GetUtcNow()));

        Assert.Equal(first, session.EndedAt);
        Assert.True(session.HasEnded);
    }

    [Fact]
    public void A_long_edge_ranking_is_cut_to_fit_its_column()
    {
        var names = Enumerable.Range(1, 100).Select(i => $"edge-with-a-long-name-{i}").ToList();

        var session = PlaySession.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "t", names, 0, 60, 0, _clock.GetUtcNow());

        Assert.Equal(PlaySession.MaxEdgeRankingLength, session.EdgeRanking.Length);
        Assert.StartsWith("edge-with-a-long-name-1,edge-with-a-long-name-2,", session.EdgeRanking, StringComparison.Ordinal);
    }
}
