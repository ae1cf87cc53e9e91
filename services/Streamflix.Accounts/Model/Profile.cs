namespace Streamflix.Accounts.Model;

/// <summary>One viewer under an account: their own name, avatar colour and (for kids) a restricted catalogue.</summary>
public sealed class Profile
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public string Name { get; private set; } = "";

    /// <summary><see cref="ProfileName.Key"/> of the name: a unique index on (account, key) backs the rule.</summary>
    public string NameKey { get; private set; } = "";

    public bool Kids { get; set; }

    public string AvatarColor { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public void Rename(string name)
    {
        Name = name;
        NameKey = ProfileName.Key(name);
    }
}
