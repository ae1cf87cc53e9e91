namespace Streamflix.Accounts.Model;

/// <summary>The name an account shows (also its first profile's name): trimmed, 1..40 characters, printable.</summary>
public static class DisplayName
{
    public const string Field = "display_name";
    public const int MaxLength = 40;

    /// <summary>The trimmed name, or the problem with it.</summary>
    public static (string Value, FieldMessage? Problem) Check(string? raw)
    {
        var value = (raw ?? "").Trim();
        FieldMessage? problem = value.Length switch
        {
            0 => new FieldMessage(Field, "Display name is required."),
            > MaxLength => new FieldMessage(Field, $"Display name must be at most {MaxLength} characters."),
            _ when value.Any(char.IsControl) => new FieldMessage(Field, "Display name must not contain control characters."),
            _ => null,
        };
        return (value, problem);
    }

    public static string Require(string? raw)
    {
        var (value, problem) = Check(raw);
        return problem is null ? value : throw new AccountValidationException([problem]);
    }
}
