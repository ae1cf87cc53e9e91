namespace Streamflix.Accounts.Security;

/// <summary>Bound from "Accounts". The AppHost passes AdminPassword from a generated secret parameter.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";
    public const string DefaultAdminEmail = "admin@streamflix.local";

    /// <summary>Short, because a stolen access token cannot be revoked; the refresh token renews it.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Comma-separated emails whose accounts are administrators.</summary>
    public string? AdminEmails { get; set; }

    /// <summary>The administrator account seeded at start when <see cref="AdminPassword"/> is set.</summary>
    public string AdminEmail { get; set; } = DefaultAdminEmail;

    public string? AdminPassword { get; set; }
}
