namespace Streamflix.Accounts.Model;

/// <summary>The value of <see cref="Field"/> is already taken (AlreadyExists, with the field named).</summary>
public sealed class AccountConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    public static AccountConflictException EmailTaken() =>
        new("email", "An account with this email already exists.");

    public static AccountConflictException ProfileNameTaken() =>
        new("name", "Another profile of this account already has this name.");
}
