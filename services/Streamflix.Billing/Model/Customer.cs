namespace Streamflix.Billing.Model;

/// <summary>The billing side of an account: who invoices are addressed to.</summary>
public sealed class Customer
{
    public const int MaxEmailLength = 320;
    public const int MaxDisplayNameLength = 100;

    private Customer()
    {
    }

    public Guid AccountId { get; private set; }

    public string Email { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static Customer Create(Guid accountId, string? email, string? displayName, DateTimeOffset now) => new()
    {
        AccountId = accountId,
        Email = Clip(email, MaxEmailLength),
        DisplayName = Clip(displayName, MaxDisplayNameLength),
        CreatedAt = now,
    };

    /// <summary>
    /// Fills in what a customer created on first Subscribe (from the token, which has no name)
    /// lacks, when the account's own event arrives later. Nothing already known is overwritten.
    /// </summary>
    public bool CompleteFrom(string? email, string? displayName)
    {
        var changed = false;
        if (Email.Length == 0 && !string.IsNullOrWhiteSpace(email))
        {
            Email = Clip(email, MaxEmailLength);
            changed = true;
        }

        if (DisplayName.Length == 0 && !string.IsNullOrWhiteSpace(displayName))
        {
            DisplayName = Clip(displayName, MaxDisplayNameLength);
            changed = true;
        }

        return changed;
    }

    private static string Clip(string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength];
    }
}
