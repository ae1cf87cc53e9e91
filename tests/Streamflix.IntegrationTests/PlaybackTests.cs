using System.Net;
using System.Text;
using Google.Rpc;
using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.IntegrationTests;

/// <summary>Pressing Play through the public contracts: authorization, leases, steering, signed and capped URLs, progress.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class PlaybackTests(StreamflixAppFixture fixture)
{
    private PlaybackService.PlaybackServiceClient Playback => new(fixture.Channel("playback"));

    [Fact]
    public async Task An_entitled_profile_gets_ranked_signed_edge_urls_capped_by_its_plan()
    {
        var title = await fixture.PlayableTitleAsync(t => t.Media.Renditions.Any(r => r.Height > 480));
        var (viewer, profileId) = await SubscribedViewerAsync("basic");

        var manifest = await Playback.StartPlaybackAsync(
            new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, viewer.Auth);

        Assert.True(manifest.Edges.Count >= 2, $"expected at least two edges, got {manifest.Edges.Count}");
        Assert.Equal(Enumerable.Range(1, manifest.Edges.Count), manifest.Edges.Select(e => e.Rank));
        Assert.Equal(480, manifest.MaxHeight);
        Assert.NotEmpty(manifest.Renditions);
        Assert.All(manifest.Renditions, r => Assert.True(r.Height <= 480, $"{r.Name} is above the plan's cap"));

        var key = Encoding.UTF8.GetBytes(await fixture.ParameterValueAsync("media-signing-key"));
        foreach (var edge in manifest.Edges)
        {
            var verified = SignedMediaUrl.Verify(key, new Uri(edge.MasterPlaylistUrl).AbsolutePath, DateTimeOffset.UtcNow);
            Assert.Equal(SignedMediaStatus.Valid, verified.Status);
            Assert.Equal((title.Id, manifest.SessionId, 480), (verified.TitleId, verified.SessionId, verified.MaxHeight));
        }

        // The edge enforces the cap too: the master lists only allowed variants, a higher rung is refused.
        using var http = new HttpClient();
        var master = await http.GetStringAsync(manifest.Edges[0].MasterPlaylistUrl);
        var heights = System.Text.RegularExpressions.Regex.Matches(master, @"RESOLUTION=\d+x(\d+)")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.True(h <= 480, $"the edge offered a {h}p variant to a 480p plan"));
        var higher = title.Media.Renditions.First(r => r.Height > 480);
        var masterUrl = manifest.Edges[0].MasterPlaylistUrl;
        using var refused = await http.GetAsync(masterUrl[..(masterUrl.LastIndexOf('/') + 1)] + $"{higher.Name}/index.m3u8");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await Playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = manifest.SessionId }, viewer.Auth);
    }

    [Fact]
    public async Task A_stream_beyond_the_plan_is_refused_until_the_first_lease_expires()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var (viewer, profileId) = await SubscribedViewerAsync("basic");
        var start = new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id };

        var first = await Playback.StartPlaybackAsync(start, viewer.Auth);
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Playback.StartPlaybackAsync(start, viewer.Auth));

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal("STREAM_LIMIT", Reason(refused));
        Assert.Contains("1 stream", refused.Status.Detail);

        // No heartbeat for the first session (a closed tab): its slot frees itself.
        await Task.Delay(TimeSpan.FromSeconds(first.LeaseSeconds + 1));
        var second = await Playback.StartPlaybackAsync(start, viewer.Auth);
        Assert.NotEqual(first.SessionId, second.SessionId);

        var ended = await Assert.ThrowsAsync<RpcException>(async () => await Playback.HeartbeatAsync(
            new HeartbeatRequest { SessionId = first.SessionId, PositionSeconds = 1 }, viewer.Auth));
        Assert.Equal("SESSION_ENDED", Reason(ended));

        // Stopping frees the slot at once.
        await Playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = second.SessionId }, viewer.Auth);
        var third = await Playback.StartPlaybackAsync(start, viewer.Auth);
        await Playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = third.SessionId }, viewer.Auth);
    }

    [Fact]
    public async Task Progress_is_saved_and_offered_in_continue_watching_and_as_the_resume_position()
    {
        // Long enough that 8 s is not "finished" (an upload test may have put a 6-s video on the first title).
        var title = await fixture.PlayableTitleAsync(t => t.Media.DurationSeconds >= 15);
        var (viewer, profileId) = await SubscribedViewerAsync("standard");
        var manifest = await Playback.StartPlaybackAsync(new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, viewer.Auth);
        Assert.Equal(0, manifest.ResumePositionSeconds);

        await Playback.HeartbeatAsync(new HeartbeatRequest
        {
            SessionId = manifest.SessionId, PositionSeconds = 7.5, RenditionHeight = 480, Edge = manifest.Edges[0].Name,
        }, viewer.Auth);
        await Playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = manifest.SessionId, PositionSeconds = 8 }, viewer.Auth);

        var continuing = await Playback.GetContinueWatchingAsync(new GetContinueWatchingRequest { ProfileId = profileId }, viewer.Auth);
        var item = Assert.Single(continuing.Items);
        Assert.Equal((title.Id, 8.0, false), (item.TitleId, item.PositionSeconds, item.Finished));

        var again = await Playback.StartPlaybackAsync(new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, viewer.Auth);
        Assert.Equal(8, again.ResumePositionSeconds, precision: 1);
        await Playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = again.SessionId, PositionSeconds = 8 }, viewer.Auth);
    }

    [Fact]
    public async Task Without_a_subscription_or_with_someone_elses_profile_playback_is_refused()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var unsubscribed = await Viewers.SignUpAsync(fixture, "no-plan");
        var profileId = await FirstProfileAsync(unsubscribed);

        var noPlan = await Assert.ThrowsAsync<RpcException>(async () => await Playback.StartPlaybackAsync(
            new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, unsubscribed.Auth));
        Assert.Equal(StatusCode.FailedPrecondition, noPlan.StatusCode);
        Assert.Equal("NO_ACTIVE_PLAN", Reason(noPlan));

        var (other, _) = await SubscribedViewerAsync("premium");
        var foreign = await Assert.ThrowsAsync<RpcException>(async () => await Playback.StartPlaybackAsync(
            new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, other.Auth));
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () => await Playback.StartPlaybackAsync(
            new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    private async Task<(Viewer Viewer, string ProfileId)> SubscribedViewerAsync(string plan)
    {
        var viewer = await Viewers.SignUpAsync(fixture, "player");
        var billing = new BillingService.BillingServiceClient(fixture.Channel("billing"));
        await billing.SubscribeAsync(new SubscribeRequest
        {
            AccountId = viewer.AccountId,
            PlanId = plan,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Card = new PaymentCard { Number = "4242424242424242", ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" },
        }, viewer.Auth);
        return (viewer, await FirstProfileAsync(viewer));
    }

    private async Task<string> FirstProfileAsync(Viewer viewer)
    {
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        return (await accounts.ListProfilesAsync(new ListProfilesRequest(), viewer.Auth)).Profiles[0].Id;
    }

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
}
