using Streamflix.Billing.Model;

namespace Streamflix.Billing.Tests;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4000000000000002")]
    [InlineData("4000000000000119")]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    [InlineData("79927398713")]
    public void Numbers_with_a_correct_check_digit_pass(string digits) => Assert.True(Luhn.IsValid(digits));

    [Theory]
    [InlineData("4242424242424241")]
    [InlineData("4242424242424224")]
    [InlineData("79927398710")]
    [InlineData("")]
    [InlineData("42424242a4242424")]
    public void A_wrong_check_digit_swapped_digits_or_non_digits_fail(string digits) => Assert.False(Luhn.IsValid(digits));
}
