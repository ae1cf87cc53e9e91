using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class PasswordPolicyTests
{
    private const string Email = "ann.lee@example.com";

    [Theory]
    [InlineData("correct-horse-9")]
    [InlineData("Tr0ub4dor&3x")]
    [InlineData("blue whale swims!")]
    [InlineData("ünïcödé-pässwörd-7")]
    public void Good_passwords_pass(string password) => Assert.Empty(PasswordPolicy.Check(password, Email));

    [Fact]
    public void Nine_characters_are_too_few_and_ten_are_enough()
    {
        Assert.Contains(PasswordPolicy.Check("abcdefg1!", Email), p => p.Message == "Password must be at least 10 characters.");
        Assert.Empty(PasswordPolicy.Check("abcdefgh1!", Email));
    }

    [Fact]
    public void More_than_128_characters_are_refused()
    {
        var atLimit = new string('a', 127) + "1";
        Assert.Empty(PasswordPolicy.Check(atLimit, Email));
        Assert.Contains(PasswordPolicy.Check(atLimit + "x", Email), p => p.Message == "Password must be at most 128 characters.");
    }

    [Theory]
    [InlineData("onlyletterspassword")]
    [InlineData("12345678901234")]
    [InlineData("!!!!????####")]
    [InlineData("letters and spaces only")]
    public void A_letter_and_a_digit_or_symbol_are_both_needed(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, Email), p => p.Message == "Password must contain a letter and a digit or symbol.");

    [Theory]
    [InlineData("ANN.LEE-rocks-42")]
    [InlineData("xx-ann.lee-xx-1")]
    public void The_email_local_part_is_refused_in_any_case(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, Email), p => p.Message == "Password must not contain your email name.");

    [Theory]
    [InlineData("Password123")]
    [InlineData("qwerty12345")]
    [InlineData("1q2w3e4r5t")]
    public void Common_passwords_are_refused_whatever_their_case(string password) =>
        Assert.Contains(PasswordPolicy.Check(password, Email), p => p.Message == "This password is too common; choose another.");

    [Fact]
    public void Every_broken_rule_is_reported_under_the_password_field()
    {
        var problems = PasswordPolicy.Check("ann", "ann@example.com");
        Assert.Equal(3, problems.Count); // too short, no digit or symbol, contains the email name
        Assert.All(problems, p => Assert.Equal("password", p.Field));
    }

    [Fact]
    public void A_missing_password_is_reported_not_thrown() =>
        Assert.NotEmpty(PasswordPolicy.Check(null, Email));
}
