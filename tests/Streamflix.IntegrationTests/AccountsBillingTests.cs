using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Billing.Contracts;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.IntegrationTests;

/// <summary>Accounts and billing through their public contracts, with the real tokens and events between them.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class AccountsBillingTests(StreamflixAppFixture fixture)
{
    private const string GoodCard = "4242 4242 4242 4242";
    private const string DeclinedCard = "4000 0000 0000 0002";
    private const string TransientCard = "4000 0000 0000 0119";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    private AccountsService.AccountsServiceClient Accounts => new(fixture.Channel("accounts"));

    private BillingService.BillingServiceClient Billing => new(fixture.Channel("billing"));

    [Fact]
    public async Task Sign_up_reaches_billing_once_and_a_good_card_makes_the_entitlement_active()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "subscribe");

        var customer = await WaitForCustomerAsync(viewer);
        Assert.Equal(viewer.Email, customer.Email);
        Assert.Equal(1, await AccountCreatedAppliedAsync(viewer.AccountId));

        var subscribed = await Billing.SubscribeAsync(Subscribe(viewer, "standard", GoodCard), viewer.Auth);
        Assert.Equal(SubscriptionStatus.Active, subscribed.Subscription.Status);
        Assert.Equal("4242", subscribed.Subscription.CardLast4);
        Assert.Equal(1299, subscribed.Invoice.AmountCents);

        var entitlement = await Billing.GetEntitlementAsync(new GetEntitlementRequest { AccountId = viewer.AccountId }, viewer.Auth);
        Assert.True(entitlement.Active);
        Assert.Equal(("standard", 2, 720), (entitlement.PlanId, entitlement.MaxStreams, entitlement.MaxHeight));
    }

    [Fact]
    public async Task A_declined_card_is_a_clear_error_and_leaves_no_subscription_or_charge()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "declined");

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Billing.SubscribeAsync(Subscribe(viewer, "basic", DeclinedCard), viewer.Auth));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("declined", error.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(error.FieldViolations(), v => v.Field == "card.number");
        var missing = await Assert.ThrowsAsync<RpcException>(async () =>
            await Billing.GetSubscriptionAsync(new GetSubscriptionRequest { AccountId = viewer.AccountId }, viewer.Auth));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Empty((await Invoices(viewer)).Invoices);
        Assert.False((await Billing.GetEntitlementAsync(new GetEntitlementRequest { AccountId = viewer.AccountId }, viewer.Auth)).Active);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_charges_once()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "idempotent");
        var request = Subscribe(viewer, "premium", GoodCard);

        var first = await Billing.SubscribeAsync(request, viewer.Auth);
        var second = await Billing.SubscribeAsync(request, viewer.Auth);

        Assert.Equal(first.Invoice.Id, second.Invoice.Id);
        Assert.Single((await Invoices(viewer)).Invoices);

        var reused = request.Clone();
        reused.PlanId = "basic";
        var mismatch = await Assert.ThrowsAsync<RpcException>(async () => await Billing.SubscribeAsync(reused, viewer.Auth));
        Assert.Equal(StatusCode.InvalidArgument, mismatch.StatusCode);
        Assert.Single((await Invoices(viewer)).Invoices);
    }

    [Fact]
    public async Task A_transient_processor_failure_is_retried_with_the_same_key_and_charged_once()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "transient");
        var request = Subscribe(viewer, "basic", TransientCard);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await Billing.SubscribeAsync(request, viewer.Auth));
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Empty((await Invoices(viewer)).Invoices);

        var retried = await Billing.SubscribeAsync(request, viewer.Auth);
        Assert.Equal(SubscriptionStatus.Active, retried.Subscription.Status);
        Assert.Single((await Invoices(viewer)).Invoices);
    }

    [Fact]
    public async Task A_wrong_password_is_unauthenticated()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "password");

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Accounts.SignInAsync(new SignInRequest { Email = viewer.Email, Password = "not-the-password-1" }));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        var signedIn = await Accounts.SignInAsync(new SignInRequest { Email = viewer.Email.ToUpperInvariant(), Password = viewer.Password });
        Assert.Equal(viewer.AccountId, signedIn.AccountId);
    }

    [Fact]
    public async Task Another_accounts_invoices_are_permission_denied_and_no_token_is_unauthenticated()
    {
        var owner = await Viewers.SignUpAsync(fixture, "owner");
        var other = await Viewers.SignUpAsync(fixture, "other");

        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await Billing.ListInvoicesAsync(new ListInvoicesRequest { AccountId = owner.AccountId }, other.Auth));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () =>
            await Billing.ListInvoicesAsync(new ListInvoicesRequest { AccountId = owner.AccountId }));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Contains("access token", anonymous.Status.Detail);

        var forged = await Assert.ThrowsAsync<RpcException>(async () =>
            await Accounts.GetAccountAsync(new GetAccountRequest(), Viewer.Bearer(owner.Tokens.AccessToken[..^4] + "AAAA")));
        Assert.Equal(StatusCode.Unauthenticated, forged.StatusCode);

        var own = await Accounts.GetAccountAsync(new GetAccountRequest(), owner.Auth);
        Assert.Equal(owner.Email, own.Email);
    }

    [Fact]
    public async Task A_spent_refresh_token_used_again_signs_the_whole_family_out()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "refresh");

        var rotated = await Accounts.RefreshTokensAsync(new RefreshTokensRequest { RefreshToken = viewer.Tokens.RefreshToken });
        Assert.NotEqual(viewer.Tokens.RefreshToken, rotated.RefreshToken);

        var reuse = await Assert.ThrowsAsync<RpcException>(async () =>
            await Accounts.RefreshTokensAsync(new RefreshTokensRequest { RefreshToken = viewer.Tokens.RefreshToken }));
        Assert.Equal(StatusCode.Unauthenticated, reuse.StatusCode);

        // The thief's copy and the owner's new token belong to one family: both are dead now.
        var revoked = await Assert.ThrowsAsync<RpcException>(async () =>
            await Accounts.RefreshTokensAsync(new RefreshTokensRequest { RefreshToken = rotated.RefreshToken }));
        Assert.Equal(StatusCode.Unauthenticated, revoked.StatusCode);
    }

    [Fact]
    public async Task Sign_up_errors_name_their_field()
    {
        var taken = await Viewers.SignUpAsync(fixture, "taken");

        var duplicate = await Assert.ThrowsAsync<RpcException>(async () => await Accounts.SignUpAsync(
            new SignUpRequest { Email = $"  {taken.Email.ToUpperInvariant()} ", Password = Viewers.Password, DisplayName = "Again" }));
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Contains(duplicate.FieldViolations(), v => v.Field == "email");

        var weak = await Assert.ThrowsAsync<RpcException>(async () => await Accounts.SignUpAsync(
            new SignUpRequest { Email = Viewers.NewEmail("weak"), Password = "short", DisplayName = "Weak" }));
        Assert.Equal(StatusCode.InvalidArgument, weak.StatusCode);
        Assert.Contains(weak.FieldViolations(), v => v.Field == "password");
    }

    private static SubscribeRequest Subscribe(Viewer viewer, string plan, string card) => new()
    {
        AccountId = viewer.AccountId,
        PlanId = plan,
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Card = new PaymentCard { Number = card, ExpiryMonth = 12, ExpiryYear = DateTime.UtcNow.Year + 2, Cvc = "123" },
    };

    private Task<ListInvoicesResponse> Invoices(Viewer viewer) =>
        Billing.ListInvoicesAsync(new ListInvoicesRequest { AccountId = viewer.AccountId }, viewer.Auth).ResponseAsync;

    private async Task<Customer> WaitForCustomerAsync(Viewer viewer)
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        while (true)
        {
            try
            {
                return await Billing.GetCustomerAsync(new GetCustomerRequest { AccountId = viewer.AccountId }, viewer.Auth,
                    cancellationToken: timeout.Token);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
        }
    }

    /// <summary>How many times billing applied this account's AccountCreated (its inbox rows for the account's event).</summary>
    private async Task<long> AccountCreatedAppliedAsync(string accountId)
    {
        var id = Guid.Parse(accountId);
        var applied = await EventCounts.AppliedAccountCreatedAsync(fixture, [id]);
        return applied.GetValueOrDefault(id);
    }
}
