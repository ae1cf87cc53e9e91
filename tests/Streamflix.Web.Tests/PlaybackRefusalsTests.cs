using Grpc.Core;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

public sealed class PlaybackRefusalsTests
{
    [Theory]
    [InlineData(PlaybackRefusals.NoActivePlan, StatusCode.FailedPrecondition, "no active plan", "/plans")]
    [InlineData(PlaybackRefusals.StreamLimit, StatusCode.ResourceExhausted, "in use", "/account")]
    [InlineData(PlaybackRefusals.NotReady, StatusCode.FailedPrecondition, "not ready", null)]
    [InlineData(PlaybackRefusals.KidsProfile, StatusCode.PermissionDenied, "kids profile", null)]
    [InlineData(PlaybackRefusals.NoEdge, StatusCode.Unavailable, "No video server", null)]
    [InlineData(PlaybackRefusals.BillingUnavailable, StatusCode.Unavailable, "membership", null)]
    public void Each_refusal_reason_has_its_own_message_and_link(string reason, StatusCode code, string words, string? link)
    {
        var problem = PlaybackRefusals.Describe(PlaybackSamples.Refusal(reason, code));

        Assert.Equal(reason, problem.Reason);
        Assert.Contains(words, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(link, problem.LinkHref);
        Assert.DoesNotContain("refused:", problem.Message);
    }

    [Fact]
    public void The_reason_is_read_from_the_error_info_in_the_status_details()
    {
        Assert.Equal(PlaybackRefusals.SessionEnded, PlaybackRefusals.ReasonOf(PlaybackSamples.Refusal(PlaybackRefusals.SessionEnded)));
    }

    [Fact]
    public void A_reason_from_another_domain_is_not_playbacks()
    {
        var foreign = PlaybackSamples.Refusal(PlaybackRefusals.NoActivePlan, domain: "billing.streamflix");

        Assert.Null(PlaybackRefusals.ReasonOf(foreign));
        Assert.Equal(PlaybackRefusals.Unavailable, PlaybackRefusals.Describe(foreign).Reason);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Unauthenticated)]
    public void Any_other_failure_gets_the_generic_message_without_the_servers_words(StatusCode code)
    {
        var problem = PlaybackRefusals.Describe(FakeUnaryCall.Failure(code, "NullReferenceException at Foo.cs:12"));

        Assert.Equal(PlaybackRefusals.Unavailable, problem.Reason);
        Assert.Equal(PlaybackRefusals.UnavailableMessage, problem.Message);
        Assert.Null(problem.LinkHref);
    }

    [Fact]
    public void An_unknown_title_or_profile_says_not_found()
    {
        Assert.Equal(PlaybackRefusals.NotFound, PlaybackRefusals.Describe(FakeUnaryCall.Failure(StatusCode.NotFound)).Reason);
    }

    [Fact]
    public void A_reason_the_site_does_not_know_gets_the_generic_message()
    {
        var problem = PlaybackRefusals.Describe(PlaybackSamples.Refusal("SOMETHING_NEW"));

        Assert.Equal(PlaybackRefusals.Unavailable, problem.Reason);
        Assert.Equal(PlaybackRefusals.UnavailableMessage, problem.Message);
    }

    [Fact]
    public void All_edges_failing_has_its_own_message()
    {
        var problem = PlaybackRefusals.Describe(PlaybackRefusals.AllEdgesFailed);

        Assert.Equal("ALL_EDGES_FAILED", problem.Reason);
        Assert.Contains("every server", problem.Message);
    }
}
