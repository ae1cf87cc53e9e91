using Microsoft.Extensions.Time.Testing;
using Streamflix.Billing.Model;
using static Streamflix.Billing.Tests.TestCards;

namespace Streamflix.Billing.Tests;

public sealed class PaymentCardTests
{
    [Fact]
    public void Spaces_and_dashes_are_removed_and_brand_and_last_four_kept()
    {
        var card = PaymentCard.Validate(Input("4242 4242-4242 4242"), Now);

        Assert.Equal("4242424242424242", card.Digits);
        Assert.Equal(new CardOnFile("visa", "4242"), card.OnFile);
    }

    [Fact]
    public void The_number_never_appears_in_the_card_text()
    {
        var card = Valid();
        var input = Input("4242 4242 4242 4242", cvc: "987");

        Assert.DoesNotContain("42424242", card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("4242 4242", input.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("987", input.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 4242 4242 4241")]   // Luhn
    [InlineData("4242x4242424242424")]    // not a digit
    [InlineData("42424242420")]           // 11 digits (Luhn-valid)
    [InlineData("42424242424242424242")]  // 20 digits
    public void A_bad_number_is_refused_on_card_number(string number)
    {
        var e = Assert.Throws<BillingValidationException>(() => PaymentCard.Validate(Input(number), Now));

        Assert.Equal("card.number", Assert.Single(e.Violations).Field);
    }

    [Theory]
    [InlineData("424242424242")]          // 12 digits
    [InlineData("4242424242424242428")]   // 19 digits
    public void Twelve_to_nineteen_digits_are_accepted_when_the_check_digit_is_right(string number)
    {
        Assert.True(Luhn.IsValid(number));
        Assert.Equal(number, PaymentCard.Validate(Input(number), Now).Digits);
    }

    [Theory]
    [InlineData(0, 2030, "card.expiry_month")]
    [InlineData(13, 2030, "card.expiry_month")]
    [InlineData(12, 2025, "card.expiry_year")]
    [InlineData(12, 26, "card.expiry_year")]
    [InlineData(12, 2047, "card.expiry_year")]
    [InlineData(10, 2026, "card.expiry_month")]
    public void A_bad_or_past_expiry_is_refused_on_its_field(int month, int year, string field)
    {
        var e = Assert.Throws<BillingValidationException>(() =>
            PaymentCard.Validate(Input(SimulatedCardProcessor.AlwaysSucceeds, month, year), Now));

        Assert.Equal(field, Assert.Single(e.Violations).Field);
    }

    [Fact]
    public void A_card_expiring_this_month_is_valid_until_the_month_is_over()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero));
        var expiringThisMonth = Input(SimulatedCardProcessor.AlwaysSucceeds, 11, 2026);

        Assert.Equal(11, PaymentCard.Validate(expiringThisMonth, clock.GetUtcNow()).ExpiryMonth);

        clock.Advance(TimeSpan.FromHours(2));
        var e = Assert.Throws<BillingValidationException>(() => PaymentCard.Validate(expiringThisMonth, clock.GetUtcNow()));
        Assert.Equal("card.expiry_month", Assert.Single(e.Violations).Field);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("1234")]
    [InlineData(" 123 ")]
    public void A_three_or_four_digit_cvc_is_accepted(string cvc) =>
        Assert.Equal("4242", PaymentCard.Validate(Input(SimulatedCardProcessor.AlwaysSucceeds, cvc: cvc), Now).Last4);

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12345")]
    [InlineData("12a")]
    public void Any_other_cvc_is_refused_on_card_cvc(string cvc)
    {
        var e = Assert.Throws<BillingValidationException>(() =>
            PaymentCard.Validate(Input(SimulatedCardProcessor.AlwaysSucceeds, cvc: cvc), Now));

        Assert.Equal("card.cvc", Assert.Single(e.Violations).Field);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var e = Assert.Throws<BillingValidationException>(() => PaymentCard.Validate(Input("1234", 13, 2020, "1"), Now));

        Assert.Equal(["card.number", "card.expiry_month", "card.expiry_year", "card.cvc"], FieldsOf(e));
    }

    [Fact]
    public void A_missing_card_is_refused_field_by_field()
    {
        var e = Assert.Throws<BillingValidationException>(() => PaymentCard.Validate(null, Now));

        Assert.Contains("card.number", FieldsOf(e));
        Assert.Contains("card.cvc", FieldsOf(e));
    }
}
