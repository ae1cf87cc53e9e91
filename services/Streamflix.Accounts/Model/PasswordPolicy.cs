namespace Streamflix.Accounts.Model;

/// <summary>
/// What a new password must be: long enough to resist guessing (length matters more than
/// character classes), with a letter and a digit or symbol, not the owner's own email name and
/// not one of the passwords every attacker tries first.
/// </summary>
public static class PasswordPolicy
{
    public const string Field = "password";
    public const int MinLength = 10;
    public const int MaxLength = 128;

    // The top of published breach lists that also pass the length and character rules; the rest
    // of those lists are too short to get this far.
    private static readonly HashSet<string> CommonPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1!", "password12", "password123", "password1234", "passw0rd123", "p@ssw0rd123",
        "qwerty12345", "qwerty123456", "qwertyuiop1", "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsxcde",
        "iloveyou123", "welcome123", "welcome1234", "letmein123", "admin12345", "administrator1",
        "abc1234567", "abcd123456", "a123456789", "123456789a", "1234567890a", "football123",
        "baseball123", "dragon12345", "monkey12345", "sunshine123", "princess123", "trustno1234",
        "streamflix1", "streamflix123", "netflix123", "changeme123",
    };

    /// <summary>Every rule the password breaks (empty when it is acceptable), each under "password".</summary>
    public static IReadOnlyList<FieldMessage> Check(string? password, string normalizedEmail)
    {
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        password ??= "";
        var problems = new List<FieldMessage>();
        if (password.Length < MinLength)
        {
            problems.Add(new FieldMessage(Field, $"Password must be at least {MinLength} characters."));
        }
        else if (password.Length > MaxLength)
        {
            problems.Add(new FieldMessage(Field, $"Password must be at most {MaxLength} characters."));
        }

        if (!password.Any(char.IsLetter) || !password.Any(IsDigitOrSymbol))
        {
            problems.Add(new FieldMessage(Field, "Password must contain a letter and a digit or symbol."));
        }

        var localPart = EmailAddress.LocalPart(normalizedEmail);
        if (localPart.Length > 0 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new FieldMessage(Field, "Password must not contain your email name."));
        }

        if (CommonPasswords.Contains(password))
        {
            problems.Add(new FieldMessage(Field, "This password is too common; choose another."));
        }

        return problems;
    }

    private static bool IsDigitOrSymbol(char c) => char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c);
}
