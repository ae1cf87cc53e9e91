using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Billing.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Billing;

namespace Streamflix.Web.Tests;

public sealed class AccountOverviewTests
{
    private readonly FakeAccountsClient _accounts = new() { OnGetAccount = _ => AccountSamples.Account() };
    private readonly FakeBillingClient _billing = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn() };

    private AccountOverviewReader Reader => new(_accounts, _billing, new UserTokens(_user), NullLogger<AccountOverviewReader>.Instance);

    [Fact]
    public async Task An_account_that_never_subscribed_is_not_a_billing_failure()
    {
        var overview = await Reader.ReadAsync(CancellationToken.None);

        Assert.Equal("Ada", overview.Account!.DisplayName);
        Assert.Null(overview.Subscription);
        Assert.Null(overview.BillingProblem);
        Assert.Equal(3, overview.Plans.Count);
    }

    [Fact]
    public async Task Every_billing_call_is_for_the_viewers_own_account_with_their_token()
    {
        _billing.OnGetSubscription = _ => BillingSamples.Active();

        var overview = await Reader.ReadAsync(CancellationToken.None);

        Assert.Equal("Standard", overview.CurrentPlan!.Name);
        var bearer = $"Bearer {Viewer.From(_user.User)!.AccessToken}";
        Assert.All(_billing.Calls.Where(c => c.Method != "ListPlans"), call => Assert.Equal(bearer, call.Authorization));
        Assert.Equal(AccountSamples.AccountId, _billing.Requests<GetSubscriptionRequest>().Single().AccountId);
        Assert.Equal(AccountSamples.AccountId, _billing.Requests<ListInvoicesRequest>().Single().AccountId);
    }

    [Fact]
    public async Task A_billing_outage_still_shows_the_account()
    {
        _billing.OnListInvoices = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var overview = await Reader.ReadAsync(CancellationToken.None);

        Assert.Equal(BillingMessages.Unavailable, overview.BillingProblem);
        Assert.NotNull(overview.Account);
        Assert.Null(overview.AccountProblem);
    }

    [Fact]
    public async Task An_accounts_outage_still_shows_billing()
    {
        _accounts.OnGetAccount = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);
        _billing.OnGetSubscription = _ => BillingSamples.Active();

        var overview = await Reader.ReadAsync(CancellationToken.None);

        Assert.Equal(AccountMessages.Unavailable, overview.AccountProblem);
        Assert.NotNull(overview.Subscription);
        Assert.Null(overview.BillingProblem);
    }
}
