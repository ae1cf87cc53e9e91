using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Billing.Contracts;
using Streamflix.ServiceDefaults.Auth;
using Streamflix.Web.Accounts;
using Streamflix.Web.Billing;

namespace Streamflix.Web.Tests;

public sealed class BillingDeskTests
{
    private readonly FakeBillingClient _billing = new();
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn() };

    private BillingDesk Desk => new(_billing, new UserTokens(_user), NullLogger<BillingDesk>.Instance);

    [Fact]
    public async Task Subscribing_sends_the_card_the_forms_key_and_the_viewers_token()
    {
        _billing.OnSubscribe = _ => new SubscribeResponse { Subscription = BillingSamples.Active() };

        var outcome = await Desk.SubscribeAsync(Card("4242 4242 4242 4242", key: "form-key-1"), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        var request = Assert.IsType<SubscribeRequest>(_billing.Calls.Single().Request);
        Assert.Equal((AccountSamples.AccountId, "standard", "form-key-1"), (request.AccountId, request.PlanId, request.IdempotencyKey));
        Assert.Equal(("4242 4242 4242 4242", 12, 2030, "123"), (request.Card.Number, request.Card.ExpiryMonth, request.Card.ExpiryYear, request.Card.Cvc));
        Assert.Equal($"Bearer {Viewer.From(_user.User)!.AccessToken}", _billing.Calls.Single().Authorization);
    }

    [Fact]
    public async Task Posting_the_same_form_twice_is_the_same_payment_to_billing()
    {
        _billing.OnSubscribe = _ => new SubscribeResponse { Subscription = BillingSamples.Active() };
        var form = Card("4242424242424242", key: "double-click-key");

        await Desk.SubscribeAsync(form, CancellationToken.None);
        await Desk.SubscribeAsync(form, CancellationToken.None);

        Assert.Equal(["double-click-key", "double-click-key"], _billing.Requests<SubscribeRequest>().Select(r => r.IdempotencyKey));
    }

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task Without_an_answer_the_form_keeps_its_key_so_the_retry_cannot_charge_twice(StatusCode code)
    {
        _billing.OnSubscribe = _ => throw FakeUnaryCall.Failure(code, "processor timeout");

        var outcome = await Desk.SubscribeAsync(Card("4000 0000 0000 0119", key: "retry-key-1"), CancellationToken.None);

        Assert.Equal(PaymentResult.Unknown, outcome.Result);
        Assert.Equal("The payment processor is temporarily unavailable; please try again.", outcome.Errors.Message);
        Assert.Equal("retry-key-1", outcome.IdempotencyKey);
    }

    [Theory]
    [InlineData("card.number")]
    [InlineData("card_number")]
    public async Task A_declined_card_is_shown_at_the_card_number_and_the_next_try_gets_a_new_key(string field)
    {
        _billing.OnSubscribe = _ => throw FieldErrors.Create(StatusCode.FailedPrecondition, field, "Your card was declined.");

        var outcome = await Desk.SubscribeAsync(Card("4000 0000 0000 0002", key: "declined-key"), CancellationToken.None);

        Assert.Equal(PaymentResult.Refused, outcome.Result);
        Assert.Equal("Your card was declined.", outcome.Errors.For("card_number"));
        Assert.Null(outcome.Errors.Message);
        Assert.NotEqual("declined-key", outcome.IdempotencyKey);
        Assert.True(IdempotencyKeys.IsWellFormed(outcome.IdempotencyKey));
    }

    [Fact]
    public async Task An_account_that_already_subscribed_is_told_so()
    {
        _billing.OnSubscribe = _ => throw FakeUnaryCall.Failure(StatusCode.FailedPrecondition, "This account already has an active subscription; change its plan instead.");

        var outcome = await Desk.SubscribeAsync(Card("4242424242424242"), CancellationToken.None);

        Assert.Equal(PaymentResult.AlreadySubscribed, outcome.Result);
        Assert.Equal("This account already has an active subscription; change its plan instead.", outcome.Errors.Message);
    }

    [Fact]
    public async Task Invalid_card_fields_are_shown_next_to_each_field()
    {
        _billing.OnSubscribe = _ => throw FieldErrors.Invalid("card.expiry_year", "The card has expired.");

        var outcome = await Desk.SubscribeAsync(Card("4242424242424242"), CancellationToken.None);

        Assert.Equal("The card has expired.", outcome.Errors.For("expiry_year"));
    }

    [Fact]
    public async Task No_plan_chosen_is_refused_before_anything_is_sent()
    {
        var form = Card("4242424242424242", key: "unused-key-1");
        form.PlanId = "";

        var outcome = await Desk.SubscribeAsync(form, CancellationToken.None);

        Assert.Equal(BillingMessages.ChoosePlan, outcome.Errors.For("plan_id"));
        Assert.Equal("unused-key-1", outcome.IdempotencyKey);
        Assert.Empty(_billing.Calls);
    }

    [Fact]
    public async Task A_form_posted_without_a_usable_key_gets_one()
    {
        _billing.OnSubscribe = _ => new SubscribeResponse { Subscription = BillingSamples.Active() };

        await Desk.SubscribeAsync(Card("4242424242424242", key: "bad key!"), CancellationToken.None);

        Assert.True(IdempotencyKeys.IsWellFormed(_billing.Requests<SubscribeRequest>().Single().IdempotencyKey));
        Assert.NotEqual("bad key!", _billing.Requests<SubscribeRequest>().Single().IdempotencyKey);
    }

    [Fact]
    public async Task Changing_plan_carries_its_key_and_keeps_it_when_billing_does_not_answer()
    {
        _billing.OnChangePlan = _ => throw FakeUnaryCall.Failure(StatusCode.Unavailable);

        var outcome = await Desk.ChangePlanAsync(new ChangePlanForm { PlanId = "premium", IdempotencyKey = "upgrade-key" }, CancellationToken.None);

        var request = _billing.Requests<ChangePlanRequest>().Single();
        Assert.Equal((AccountSamples.AccountId, "premium", "upgrade-key"), (request.AccountId, request.PlanId, request.IdempotencyKey));
        Assert.Equal("upgrade-key", outcome.IdempotencyKey);
    }

    [Fact]
    public async Task Plans_are_listed_without_a_token()
    {
        _user.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

        var plans = await Desk.ListPlansAsync(CancellationToken.None);

        Assert.Equal(["€7.99/month", "€12.99/month", "€17.99/month"], plans.Value!.Select(p => p.Price));
        Assert.Null(_billing.Calls.Single().Authorization);
    }

    [Fact]
    public void New_keys_are_32_hex_digits_and_never_repeat()
    {
        var a = IdempotencyKeys.New();
        var b = IdempotencyKeys.New();

        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
        Assert.True(IdempotencyKeys.IsWellFormed(a));
    }

    private static PaymentForm Card(string number, string key = "form-key-0") => new()
    {
        PlanId = "standard",
        CardNumber = number,
        ExpiryMonth = "12",
        ExpiryYear = "2030",
        Cvc = "123",
        IdempotencyKey = key,
    };
}
