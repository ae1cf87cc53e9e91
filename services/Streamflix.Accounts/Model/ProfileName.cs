namespace Streamflix.Accounts.Model;

/// <summary>A profile's name: trimmed, 1..30 printable characters, unique within its account ignoring case.</summary>
public static class ProfileName
{
    public const string Field = "name";
    public const int MaxLength = 30;

    public static string Require(string? raw)
    {
        var value = (raw ?? "").Trim();
        var problem = value.Length switch
        {
            0 => "Profile name is required.",
            > MaxLength => $"Profile name must be at most {MaxLength} characters.",
            _ when value.Any(char.IsControl) => "Profile name must not contain control characters.",
            _ => null,
        };
        return problem is null ? value : throw new AccountValidationException(Field, problem);
    }

    /// <summary>
    /// The first profile's name from the account's display name, which may be longer (40): cut to
    /// 30 without splitting a surrogate pair.
    /// </summary>
    public static string FromDisplayName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (displayName.Length <= MaxLength)
        {
            return displayName;
        }

        var cut = char.IsHighSurrogate(displayName[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return displayName[..cut].TrimEnd();
    }

    /// <summary>The spelling uniqueness is judged on ("Kids" and "KIDS" collide); stored beside the name and indexed.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToUpperInvariant();
    }
}
