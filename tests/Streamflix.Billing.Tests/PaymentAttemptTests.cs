using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class PaymentAttemptTests
{
    private static readonly Guid Account = Guid.NewGuid();

    private static PaymentAttempt NewAttempt(string fingerprint = "fp-1") =>
        PaymentAttempt.Begin(Account, "key-12345", PaymentOperation.Subscribe, fingerprint, Now);

    [Fact]
    public void A_succeeded_key_returns_the_stored_result()
    {
        var attempt = NewAttempt();
        var invoiceId = Guid.NewGuid();
        attempt.Record(PaymentOutcome.Succeeded, invoiceId, Now);

        Assert.Equal(IdempotentReplay.ReturnStoredResult, attempt.Replay("fp-1"));
        Assert.Equal(invoiceId, attempt.InvoiceId);
    }

    [Fact]
    public void A_declined_key_is_declined_again_without_the_processor()
    {
        var attempt = NewAttempt();
        attempt.Record(PaymentOutcome.Declined, null, Now);

        Assert.Equal(IdempotentReplay.DeclineAgain, attempt.Replay("fp-1"));
    }

    [Fact]
    public void A_transient_key_is_tried_again_as_the_next_attempt()
    {
        var attempt = NewAttempt();
        Assert.Equal(1, attempt.NextAttempt);

        attempt.Record(PaymentOutcome.Transient, null, Now);

        Assert.Equal(IdempotentReplay.TryAgain, attempt.Replay("fp-1"));
        Assert.Equal(2, attempt.NextAttempt);
    }

    [Fact]
    public void The_transient_test_card_goes_through_on_the_retry_of_its_key()
    {
        var card = Valid(SimulatedCardProcessor.FailsFirstAttempt);
        var attempt = NewAttempt();

        attempt.Record(SimulatedCardProcessor.Charge(card, attempt.NextAttempt), null, Now);
        Assert.Equal(PaymentOutcome.Transient, attempt.Outcome);

        attempt.Record(SimulatedCardProcessor.Charge(card, attempt.NextAttempt), Guid.NewGuid(), Now.AddSeconds(1));
        Assert.Equal(PaymentOutcome.Succeeded, attempt.Outcome);
        Assert.Equal(2, attempt.Attempts);
    }

    [Fact]
    public void The_same_key_with_other_parameters_is_refused()
    {
        var attempt = NewAttempt();
        attempt.Record(PaymentOutcome.Succeeded, Guid.NewGuid(), Now);

        var e = Assert.Throws<BillingValidationException>(() => attempt.Replay("fp-2"));
        Assert.Equal("idempotency_key", Assert.Single(e.Violations).Field);
    }

    [Theory]
    [InlineData(PaymentOutcome.Succeeded)]
    [InlineData(PaymentOutcome.Declined)]
    public void A_settled_key_cannot_be_charged_again(PaymentOutcome outcome)
    {
        var attempt = NewAttempt();
        attempt.Record(outcome, null, Now);

        Assert.Throws<InvalidOperationException>(() => attempt.Record(PaymentOutcome.Succeeded, Guid.NewGuid(), Now));
    }
}
