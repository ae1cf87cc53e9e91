using Streamflix.Playback.Model;

namespace Streamflix.Playback.Tests;

public sealed class PlaybackInputTests
{
    private static string[] Fields(PlaybackValidationException e) => e.Violations.Select(v => v.Field).ToArray();

    [Fact]
    public void A_valid_start_request_is_parsed_and_its_region_normalised()
    {
        var profile = Guid.NewGuid();

        var (profileId, titleId, region) = PlaybackInput.StartRequest(profile.ToString(), "the-long-night", " EU-West ");

        Assert.Equal(profile, profileId);
        Assert.Equal("the-long-night", titleId);
        Assert.Equal("eu-west", region);
    }

    [Fact]
    public void An_empty_region_means_the_default()
    {
        Assert.Null(PlaybackInput.StartRequest(Guid.NewGuid().ToString(), "t1", "").Region);
    }

    [Fact]
    public void Every_bad_start_field_is_named_at_once()
    {
        var e = Assert.Throws<PlaybackValidationException>(() => PlaybackInput.StartRequest("not-a-uuid", "../etc/passwd", "eu west!"));

        Assert.Equal(["profile_id", "title_id", "region"], Fields(e));
    }

    [Theory]
    [InlineData("")]
    [InlineData("The-Long-Night")]
    [InlineData("-starts-with-dash")]
    [InlineData("title\n")]
    [InlineData("a/b")]
    public void Title_ids_that_edges_would_refuse_are_invalid(string titleId)
    {
        var e = Assert.Throws<PlaybackValidationException>(() => PlaybackInput.StartRequest(Guid.NewGuid().ToString(), titleId, ""));

        Assert.Equal(["title_id"], Fields(e));
    }

    [Fact]
    public void Session_ids_are_the_32_hex_digits_start_playback_issues()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, PlaybackInput.SessionId(id.ToString("N")));
        Assert.Equal(["session_id"], Fields(Assert.Throws<PlaybackValidationException>(() => PlaybackInput.SessionId(id.ToString()))));
        Assert.Equal(["session_id"], Fields(Assert.Throws<PlaybackValidationException>(() => PlaybackInput.SessionId(""))));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    [InlineData(105.1)]
    public void Positions_outside_the_title_are_invalid(double position)
    {
        var e = Assert.Throws<PlaybackValidationException>(() => PlaybackInput.Position(position, 100));

        Assert.Equal(["position_seconds"], Fields(e));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(55.5, 55.5)]
    [InlineData(100, 100)]
    [InlineData(104.9, 100)]  // a little past the end is the end
    public void Positions_inside_the_title_or_just_past_its_end_are_accepted(double position, double saved)
    {
        Assert.Equal(saved, PlaybackInput.Position(position, 100));
    }

    [Theory]
    [InlineData(0, 20, 20)]
    [InlineData(1, 20, 1)]
    [InlineData(50, 20, 50)]
    public void Limit_zero_means_the_default_and_others_are_kept(int limit, int defaultLimit, int expected)
    {
        Assert.Equal(expected, PlaybackInput.Limit(limit, 50, defaultLimit));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void Limits_out_of_range_are_invalid(int limit)
    {
        var e = Assert.Throws<PlaybackValidationException>(() => PlaybackInput.Limit(limit, 50, 20));

        Assert.Equal(["limit"], Fields(e));
        Assert.Contains("between 1 and 50", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heartbeat_details_are_checked_together()
    {
        var e = Assert.Throws<PlaybackValidationException>(() => PlaybackInput.HeartbeatDetails(-1, -2, "edge 1"));

        Assert.Equal(["rendition_height", "rebuffer_count", "edge"], Fields(e));
    }

    [Fact]
    public void An_empty_edge_in_a_heartbeat_means_unknown()
    {
        Assert.Equal((720, 1, null), PlaybackInput.HeartbeatDetails(720, 1, ""));
        Assert.Equal((0, 0, "edge-2"), PlaybackInput.HeartbeatDetails(0, 0, "edge-2"));
    }

    [Fact]
    public void A_profile_id_must_be_a_uuid()
    {
        Assert.Equal(["profile_id"], Fields(Assert.Throws<PlaybackValidationException>(() => PlaybackInput.ProfileId("42"))));
    }
}
