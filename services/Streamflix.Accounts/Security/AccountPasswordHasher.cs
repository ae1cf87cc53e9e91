using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Security;

/// <summary>Outcome of checking a password against a stored hash.</summary>
public enum PasswordCheck
{
    Wrong,
    Correct,

    /// <summary>Correct, but hashed with weaker settings than today's: store a fresh hash.</summary>
    CorrectNeedsRehash,
}

/// <summary>
/// Passwords through ASP.NET Core Identity's hasher (PBKDF2, salted, self-describing format, so
/// stronger settings later mean a rehash at the next sign-in rather than a migration).
/// </summary>
public sealed class AccountPasswordHasher
{
    // PasswordHasher<T> ignores the user argument; one instance satisfies the signature.
    private static readonly Account Nobody = new();

    private readonly IPasswordHasher<Account> _hasher;

    // A hash of a random password, checked for emails without an account so that a sign-in takes
    // as long whether or not the email exists (no account discovery by timing).
    private readonly Lazy<string> _dummyHash;

    public AccountPasswordHasher(IPasswordHasher<Account> hasher)
    {
        _hasher = hasher;
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    public string Hash(string password) => _hasher.HashPassword(Nobody, password);

    public PasswordCheck Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(Nobody, hash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Correct,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.CorrectNeedsRehash,
            _ => PasswordCheck.Wrong,
        };

    /// <summary>Spends the same work as <see cref="Verify"/> and always answers <see cref="PasswordCheck.Wrong"/>.</summary>
    public PasswordCheck VerifyWithoutAccount(string password)
    {
        _ = _hasher.VerifyHashedPassword(Nobody, _dummyHash.Value, password);
        return PasswordCheck.Wrong;
    }
}
