namespace Streamflix.Accounts.Model;

/// <summary>Profile ids arrive as text; anything that is not a uuid is refused before any lookup.</summary>
public static class ProfileIds
{
    public const string Field = "profile_id";

    public static Guid Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new AccountValidationException(Field, "profile_id is required.");
        }

        return Guid.TryParse(raw, out var id)
            ? id
            : throw new AccountValidationException(Field, "profile_id must be a uuid.");
    }
}
