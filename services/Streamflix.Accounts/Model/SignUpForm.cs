namespace Streamflix.Accounts.Model;

/// <summary>A sign-up request that passed every field rule; built only by <see cref="Parse"/>.</summary>
public sealed record SignUpForm
{
    private SignUpForm(string email, string password, string displayName)
    {
        Email = email;
        Password = password;
        DisplayName = displayName;
    }

    /// <summary>Normalised.</summary>
    public string Email { get; }

    public string Password { get; }

    /// <summary>Trimmed.</summary>
    public string DisplayName { get; }

    /// <summary>Checks every field and reports all problems at once, so a form can mark each field.</summary>
    public static SignUpForm Parse(string? email, string? password, string? displayName)
    {
        var normalizedEmail = EmailAddress.Normalize(email);
        var problems = new List<FieldMessage>();
        if (EmailAddress.Check(normalizedEmail) is { } emailProblem)
        {
            problems.Add(emailProblem);
        }

        problems.AddRange(PasswordPolicy.Check(password, normalizedEmail));
        var (name, nameProblem) = Model.DisplayName.Check(displayName);
        if (nameProblem is not null)
        {
            problems.Add(nameProblem);
        }

        AccountValidationException.ThrowIfAny(problems);
        return new SignUpForm(normalizedEmail, password!, name);
    }
}
