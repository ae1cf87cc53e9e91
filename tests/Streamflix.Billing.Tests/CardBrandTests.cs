using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

public sealed class CardBrandTests
{
    [Theory]
    [InlineData("4242424242424242", "visa")]
    [InlineData("5105105105105100", "mastercard")]
    [InlineData("5555555555554444", "mastercard")]
    [InlineData("2221000000000009", "mastercard")]
    [InlineData("2720999999999996", "mastercard")]
    [InlineData("378282246310005", "amex")]
    [InlineData("341111111111111", "amex")]
    [InlineData("5610591081018250", "card")]
    [InlineData("2220990000000001", "card")]
    [InlineData("2721000000000004", "card")]
    [InlineData("6011111111111117", "card")]
    public void The_brand_follows_the_issuer_prefix(string digits, string brand) => Assert.Equal(brand, CardBrand.Of(digits));
}
