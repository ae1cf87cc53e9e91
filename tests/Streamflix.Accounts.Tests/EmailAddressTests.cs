using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("  Ann@Example.COM ", "ann@example.com")]
    [InlineData("BOB@x.io", "bob@x.io")]
    [InlineData(null, "")]
    public void Normalize_trims_and_lower_cases(string? raw, string expected) =>
        Assert.Equal(expected, EmailAddress.Normalize(raw));

    [Fact]
    public void Normalize_is_culture_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases "I" to a dotless "ı"; the stored spelling must not depend on the server's culture.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("imran@example.com", EmailAddress.Normalize("IMRAN@EXAMPLE.COM"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("ann@example.com")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    [InlineData("admin@streamflix.local")]
    public void Ordinary_addresses_are_accepted(string email) => Assert.Null(EmailAddress.Check(email));

    [Theory]
    [InlineData("", "Email is required.")]
    [InlineData("ann", "Enter an email address like name@example.com.")]
    [InlineData("ann@", "Enter an email address like name@example.com.")]
    [InlineData("@example.com", "Enter an email address like name@example.com.")]
    [InlineData("ann@example", "Enter an email address like name@example.com.")]
    [InlineData("ann@@example.com", "Enter an email address like name@example.com.")]
    [InlineData("a b@example.com", "Enter an email address like name@example.com.")]
    [InlineData("ann@example..com", "Enter an email address like name@example.com.")]
    [InlineData("ann@-example.com", "Enter an email address like name@example.com.")]
    [InlineData(".ann@example.com", "Enter an email address like name@example.com.")]
    [InlineData("\u0430dmin@streamflix.local", "Enter an email address like name@example.com.")]
    [InlineData("ann@exampl\u0435.com", "Enter an email address like name@example.com.")]
    public void Malformed_addresses_are_refused_under_the_email_field(string email, string message)
    {
        var problem = EmailAddress.Check(email);
        Assert.NotNull(problem);
        Assert.Equal("email", problem.Field);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Addresses_longer_than_254_characters_are_refused()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".com"; // 247 characters
        var atLimit = "abcdef@" + domain;
        Assert.Equal(254, atLimit.Length);
        Assert.Null(EmailAddress.Check(atLimit));

        var problem = EmailAddress.Check("abcdefg@" + domain);
        Assert.Equal("Email must be at most 254 characters.", problem?.Message);
    }

    [Fact]
    public void Require_returns_the_normalised_address_or_throws_with_the_field()
    {
        Assert.Equal("ann@example.com", EmailAddress.Require(" ANN@example.com"));
        var error = Assert.Throws<AccountValidationException>(() => EmailAddress.Require("nope"));
        Assert.Equal("email", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void Local_part_is_the_text_before_the_at_sign() =>
        Assert.Equal("first.last", EmailAddress.LocalPart("first.last@example.com"));
}
