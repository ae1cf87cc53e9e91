using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Tests;

public sealed class AdminAccountsTests
{
    [Fact]
    public void Listed_emails_are_admins_in_any_spelling()
    {
        var admins = new AdminAccounts(new AccountsOptions { AdminEmails = " Boss@Example.com, ops@example.com ,," });

        Assert.True(admins.IsAdmin("boss@example.com"));
        Assert.True(admins.IsAdmin("  OPS@example.COM"));
        Assert.False(admins.IsAdmin("ann@example.com"));
    }

    [Fact]
    public void Nobody_is_admin_without_configuration()
    {
        var admins = new AdminAccounts(new AccountsOptions());
        Assert.False(admins.IsAdmin(AccountsOptions.DefaultAdminEmail));
        Assert.False(admins.IsAdmin(""));
    }

    [Fact]
    public void The_seeded_admin_is_admin_only_when_a_password_is_configured()
    {
        var seeded = new AdminAccounts(new AccountsOptions { AdminPassword = "generated-Secret-123", AdminEmail = "Root@Streamflix.local" });
        Assert.True(seeded.IsAdmin("root@streamflix.local"));

        var notSeeded = new AdminAccounts(new AccountsOptions { AdminEmail = "root@streamflix.local" });
        Assert.False(notSeeded.IsAdmin("root@streamflix.local"));
    }
}
