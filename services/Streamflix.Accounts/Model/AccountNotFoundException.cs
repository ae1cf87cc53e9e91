namespace Streamflix.Accounts.Model;

/// <summary>
/// The caller's account holds no such thing. Someone else's profile gets the same answer, so that
/// ids cannot be probed for existence.
/// </summary>
public sealed class AccountNotFoundException(string message) : Exception(message)
{
    public static AccountNotFoundException Account() => new("The account no longer exists.");

    public static AccountNotFoundException Profile(Guid id) => new($"Profile '{id}' was not found.");
}
