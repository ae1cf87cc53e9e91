using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Tests;

public sealed class SignUpFormTests
{
    [Fact]
    public void Valid_input_is_normalised()
    {
        var form = SignUpForm.Parse(" Ann@Example.COM", "correct-horse-9", "  Ann ");
        Assert.Equal("ann@example.com", form.Email);
        Assert.Equal("correct-horse-9", form.Password);
        Assert.Equal("Ann", form.DisplayName);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var error = Assert.Throws<AccountValidationException>(() => SignUpForm.Parse("nope", "short", ""));
        var fields = error.Problems.Select(p => p.Field).Distinct().ToList();
        Assert.Equal(["email", "password", "display_name"], fields);
    }

    [Fact]
    public void The_password_is_checked_against_the_normalised_email()
    {
        var error = Assert.Throws<AccountValidationException>(() => SignUpForm.Parse("  MOVIEFAN@example.com", "moviefan-2024", "Fan"));
        Assert.Contains(error.Problems, p => p.Message == "Password must not contain your email name.");
    }
}
