using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class SimulatedCardProcessorTests
{
    [Theory]
    [InlineData(SimulatedCardProcessor.AlwaysSucceeds)]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    public void Valid_cards_other_than_the_failing_test_cards_are_approved(string number)
    {
        Assert.Equal(PaymentOutcome.Succeeded, SimulatedCardProcessor.Charge(Valid(number), attempt: 1));
        Assert.Equal(PaymentOutcome.Succeeded, SimulatedCardProcessor.Charge(Valid(number).OnFile, attempt: 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_decline_card_is_declined_on_every_attempt(int attempt)
    {
        var card = Valid(SimulatedCardProcessor.AlwaysDeclined);

        Assert.Equal(PaymentOutcome.Declined, SimulatedCardProcessor.Charge(card, attempt));
        Assert.Equal(PaymentOutcome.Declined, SimulatedCardProcessor.Charge(card.OnFile, attempt));
    }

    [Fact]
    public void The_transient_card_fails_the_first_attempt_of_a_key_and_succeeds_on_the_retry()
    {
        var card = Valid("4000 0000 0000 0119");

        Assert.Equal(PaymentOutcome.Transient, SimulatedCardProcessor.Charge(card, attempt: 1));
        Assert.Equal(PaymentOutcome.Succeeded, SimulatedCardProcessor.Charge(card, attempt: 2));
        Assert.Equal(PaymentOutcome.Transient, SimulatedCardProcessor.Charge(card.OnFile, attempt: 1));
        Assert.Equal(PaymentOutcome.Succeeded, SimulatedCardProcessor.Charge(card.OnFile, attempt: 2));
    }

    [Fact]
    public void A_card_on_file_is_a_test_card_only_if_brand_and_last_four_both_match() =>
        // Same last four as the decline card, another network: an ordinary card.
        Assert.Equal(PaymentOutcome.Succeeded, SimulatedCardProcessor.Charge(new CardOnFile("mastercard", "0002"), 1));

    [Fact]
    public void Attempts_are_counted_from_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedCardProcessor.Charge(Valid(), attempt: 0));
}
