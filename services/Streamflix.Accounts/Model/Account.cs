namespace Streamflix.Accounts.Model;

/// <summary>A person's account: the credential (email + password hash) and the profiles watching under it.</summary>
public sealed class Account
{
    public Guid Id { get; init; }

    /// <summary>Normalised (<see cref="EmailAddress.Normalize"/>); unique.</summary>
    public string Email { get; init; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>PasswordHasher's self-describing format (algorithm, iterations, salt, subkey).</summary>
    public string PasswordHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public List<Profile> Profiles { get; init; } = [];

    /// <summary>A new account with its first profile, named after the account and not a kids profile.</summary>
    public static Account Create(SignUpForm form, string passwordHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        var account = new Account
        {
            Id = Guid.CreateVersion7(now),
            Email = form.Email,
            DisplayName = form.DisplayName,
            PasswordHash = passwordHash,
            CreatedAt = now,
        };
        account.Profiles.Add(ProfileRules.Create(
            account.Id, ProfileName.FromDisplayName(form.DisplayName), kids: false, requestedColor: null, existing: [], now));
        return account;
    }
}
