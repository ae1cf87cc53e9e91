namespace Streamflix.Accounts.Model;

/// <summary>
/// The rules over an account's set of profiles: how many, unique names, colours. Callers pass the
/// account's current profiles (read under a lock of the account) and apply what these return.
/// </summary>
public static class ProfileRules
{
    public const int MaxProfilesPerAccount = 5;

    public static Profile Create(Guid accountId, string name, bool kids, string? requestedColor,
        IReadOnlyCollection<Profile> existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (existing.Count >= MaxProfilesPerAccount)
        {
            throw new AccountRuleException($"An account can have at most {MaxProfilesPerAccount} profiles.");
        }

        EnsureNameFree(existing, name, except: null);
        var profile = new Profile
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Kids = kids,
            AvatarColor = AvatarPalette.Resolve(requestedColor, existing.Select(p => p.AvatarColor)),
            CreatedAt = now,
        };
        profile.Rename(name);
        return profile;
    }

    /// <summary>Applies the fields that are set (null = keep); returns whether anything changed.</summary>
    public static bool Update(Profile profile, string? name, bool? kids, string? requestedColor,
        IReadOnlyCollection<Profile> siblings)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(siblings);
        var changed = false;
        if (name is not null && name != profile.Name)
        {
            EnsureNameFree(siblings, name, except: profile.Id);
            profile.Rename(name);
            changed = true;
        }

        if (kids is { } newKids && newKids != profile.Kids)
        {
            profile.Kids = newKids;
            changed = true;
        }

        if (requestedColor is not null)
        {
            var color = AvatarPalette.Resolve(requestedColor,
                siblings.Where(p => p.Id != profile.Id).Select(p => p.AvatarColor));
            if (color != profile.AvatarColor)
            {
                profile.AvatarColor = color;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>An account always keeps one profile to watch with.</summary>
    public static void EnsureCanDelete(IReadOnlyCollection<Profile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count <= 1)
        {
            throw new AccountRuleException("The last profile of an account cannot be deleted.");
        }
    }

    private static void EnsureNameFree(IEnumerable<Profile> profiles, string name, Guid? except)
    {
        var key = ProfileName.Key(name);
        if (profiles.Any(p => p.Id != except && p.NameKey == key))
        {
            throw AccountConflictException.ProfileNameTaken();
        }
    }
}
