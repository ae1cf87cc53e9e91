using System.Diagnostics;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;

namespace Streamflix.Bench;

/// <summary>
/// Untimed preparation through the public contracts: sign up, subscribe to premium, read the first profile.
/// Access tokens live minutes: <paramref name="tokenMargin"/> is how much life a token must have left
/// before timed work starts, else it is renewed first.
/// </summary>
public sealed class ViewerSetup(StreamflixGraph graph, int concurrency, TimeSpan tokenMargin)
{
    private const string Password = "correct-horse-42";
    private const string Plan = "premium";

    private AccountsService.AccountsServiceClient Accounts => new(graph.Channel("accounts"));

    private BillingService.BillingServiceClient Billing => new(graph.Channel("billing"));

    public async Task<IReadOnlyList<BenchViewer>> CreateAsync(int count, CancellationToken cancellationToken)
    {
        var viewers = new BenchViewer[count];
        var elapsed = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Limit(cancellationToken), async (i, ct) =>
            viewers[i] = await CreateOneAsync(ct));
        Console.WriteLine($"setup: {count} viewers signed up, subscribed to {Plan}, profile read in {elapsed.Elapsed.TotalSeconds:F1} s " +
            $"(parallelism {concurrency}, not timed)");
        return viewers;
    }

    /// <summary>Renews the tokens that would expire during the next round (untimed).</summary>
    public async Task RenewExpiringTokensAsync(IReadOnlyList<BenchViewer> viewers, CancellationToken cancellationToken)
    {
        var expiring = viewers.Where(IsExpiring).ToList();
        if (expiring.Count == 0)
        {
            return;
        }

        await Parallel.ForEachAsync(expiring, Limit(cancellationToken), async (viewer, ct) => await RenewAsync(viewer, ct));
        Console.WriteLine($"setup: renewed {expiring.Count} access tokens (not timed)");
    }

    /// <summary>Renews one viewer's token when it has less than the margin left; true when it did.</summary>
    public async Task<bool> RenewIfExpiringAsync(BenchViewer viewer, CancellationToken cancellationToken)
    {
        if (!IsExpiring(viewer))
        {
            return false;
        }

        await RenewAsync(viewer, cancellationToken);
        return true;
    }

    private bool IsExpiring(BenchViewer viewer) =>
        viewer.Tokens.AccessTokenExpiresAt.ToDateTimeOffset() < DateTimeOffset.UtcNow + tokenMargin;

    private async Task RenewAsync(BenchViewer viewer, CancellationToken cancellationToken) =>
        viewer.Renewed(await Accounts.RefreshTokensAsync(
            new RefreshTokensRequest { RefreshToken = viewer.Tokens.RefreshToken }, cancellationToken: cancellationToken));

    private async Task<BenchViewer> CreateOneAsync(CancellationToken cancellationToken)
    {
        var signedUp = await Accounts.SignUpAsync(new SignUpRequest
        {
            Email = $"bench-{Guid.NewGuid():N}@example.test",
            Password = Password,
            DisplayName = "Bench Viewer",
        }, cancellationToken: cancellationToken);
        var auth = BenchViewer.Bearer(signedUp.Tokens.AccessToken);

        await Billing.SubscribeAsync(new SubscribeRequest
        {
            AccountId = signedUp.Account.Id,
            PlanId = Plan,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Card = new PaymentCard { Number = "4242424242424242", ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" },
        }, auth, cancellationToken: cancellationToken);

        var profiles = await Accounts.ListProfilesAsync(new ListProfilesRequest(), auth, cancellationToken: cancellationToken);
        var profile = profiles.Profiles[0];
        return new BenchViewer(signedUp.Account.Id, profile.Id, profile.Kids, signedUp.Tokens);
    }

    private ParallelOptions Limit(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
}
