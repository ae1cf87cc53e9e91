using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>
/// The CI subset of the chaos experiments (bench/chaos has the figures): an instance or a server is
/// stopped with Aspire's commands, the outcome a viewer sees is asserted, and everything is restored
/// and healthy again before the test ends (tests of the collection run one at a time).
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class ChaosTests(StreamflixAppFixture fixture)
{
    private const int Plays = 10;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(3);

    private DistributedApplication App => fixture.App;

    [Fact]
    public async Task With_one_playback_replica_killed_plays_keep_starting_and_the_replica_comes_back()
    {
        var title = await fixture.FirstPlayableTitleAsync();
        var (viewer, profileId) = await SubscribedViewerAsync();
        using var stopping = new CancellationTokenSource(StopTimeout);
        var replicas = await ResourceInstances.IdsAsync(App, "playback", stopping.Token);
        Assert.True(replicas.Count >= 2, $"playback runs {replicas.Count} instance(s); this test needs replicas");
        var victim = replicas[0];

        await ResourceInstances.StopAsync(App, "playback", victim, stopping.Token);
        var failures = new List<string>();
        try
        {
            var playback = new PlaybackService.PlaybackServiceClient(fixture.Channel("playback"));
            for (var i = 0; i < Plays; i++)
            {
                try
                {
                    var manifest = await playback.StartPlaybackAsync(new StartPlaybackRequest { ProfileId = profileId, TitleId = title.Id }, viewer.Auth);
                    Assert.NotEmpty(manifest.Edges);
                    await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = manifest.SessionId }, viewer.Auth);
                }
                catch (RpcException e)
                {
                    failures.Add($"{e.StatusCode}: {e.Status.Detail}");
                }
            }
        }
        finally
        {
            using var restart = new CancellationTokenSource(RecoveryTimeout);
            await ResourceInstances.StartAsync(App, "playback", victim, restart.Token);
            await fixture.WaitForHealthyAsync(["playback"], restart.Token);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Plays} plays failed with {victim} down: {string.Join("; ", failures.Distinct())}");
        Assert.True(App.ResourceNotifications.TryGetCurrentState(victim, out var state) && state.Snapshot.State?.Text == KnownResourceStates.Running,
            $"{victim} is not running again");
    }

    [Fact]
    public async Task After_a_postgres_restart_a_committed_sign_up_is_still_there_and_services_answer_again()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "chaos-pg");
        using var stopping = new CancellationTokenSource(StopTimeout);
        var postgres = Assert.Single(await ResourceInstances.IdsAsync(App, "postgres", stopping.Token));

        await ResourceInstances.StopAsync(App, "postgres", postgres, stopping.Token);
        using var recovery = new CancellationTokenSource(RecoveryTimeout);
        await ResourceInstances.StartAsync(App, "postgres", postgres, recovery.Token);

        // Pools hold connections the restart broke: the first calls may fail; the bound is generous.
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var signedIn = await EventuallyAsync(async ct => await accounts.SignInAsync(
            new SignInRequest { Email = viewer.Email, Password = viewer.Password }, cancellationToken: ct), recovery.Token);
        var account = await accounts.GetAccountAsync(new GetAccountRequest(), Viewer.Bearer(signedIn.AccessToken), cancellationToken: recovery.Token);
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var genres = await EventuallyAsync(async ct => await catalog.ListGenresAsync(new ListGenresRequest(), cancellationToken: ct), recovery.Token);
        await fixture.WaitForHealthyAsync(StreamflixAppFixture.Resources, recovery.Token);

        Assert.Equal(viewer.AccountId, account.Id);
        Assert.NotEmpty(genres.Genres);
    }

    private static async Task<T> EventuallyAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.DeadlineExceeded or StatusCode.Unknown
                && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private async Task<(Viewer Viewer, string ProfileId)> SubscribedViewerAsync()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "chaos-player");
        var billing = new BillingService.BillingServiceClient(fixture.Channel("billing"));
        await billing.SubscribeAsync(new SubscribeRequest
        {
            AccountId = viewer.AccountId,
            PlanId = "premium",
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Card = new PaymentCard { Number = "4242424242424242", ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" },
        }, viewer.Auth);
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        return (viewer, (await accounts.ListProfilesAsync(new ListProfilesRequest(), viewer.Auth)).Profiles[0].Id);
    }
}
