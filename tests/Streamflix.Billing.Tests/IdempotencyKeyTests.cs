using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData("abcd1234")]
    [InlineData("subscribe_2026-11-28_Xy")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void Keys_of_8_to_64_letters_digits_dashes_and_underscores_are_accepted(string key) =>
        Assert.Equal(key, IdempotencyKey.Require(key));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc1234")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("key with spaces")]
    [InlineData("key/with/slash")]
    [InlineData("clé-accentuée")]
    public void Other_keys_are_refused_on_the_idempotency_key_field(string? key)
    {
        var e = Assert.Throws<BillingValidationException>(() => IdempotencyKey.Require(key));

        Assert.Equal("idempotency_key", Assert.Single(e.Violations).Field);
    }
}
