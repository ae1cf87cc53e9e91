using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Data;

/// <summary>
/// The administrator account, when Accounts:AdminPassword is configured: created through sign-up
/// (so it has a profile and AccountCreated is published like for anyone), and on later starts
/// brought back in line with the configured password, which is the source of truth for it.
/// </summary>
public sealed class AdminAccountSeeder(
    AccountsDbContext db,
    AccountRegistration registration,
    AccountPasswordHasher passwords,
    IOptions<AccountsOptions> options,
    ILogger<AdminAccountSeeder> logger)
{
    public const string AdminDisplayName = "Admin";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.AdminPassword))
        {
            logger.LogInformation("Accounts:AdminPassword is not set; no administrator account is seeded");
            return;
        }

        var email = EmailAddress.Normalize(settings.AdminEmail);
        var existing = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        if (existing is null)
        {
            SignUpForm form;
            try
            {
                form = SignUpForm.Parse(email, settings.AdminPassword, AdminDisplayName);
            }
            catch (AccountValidationException e)
            {
                throw new InvalidOperationException($"Accounts:AdminEmail / Accounts:AdminPassword are not acceptable: {e.Message}", e);
            }

            try
            {
                var account = await registration.SignUpAsync(form, cancellationToken);
                logger.LogInformation("Seeded the administrator account {AccountId} ({Email})", account.Id, email);
            }
            catch (AccountConflictException)
            {
                logger.LogInformation("The administrator account {Email} was created concurrently", email);
            }

            return;
        }

        if (passwords.Verify(existing.PasswordHash, settings.AdminPassword) != PasswordCheck.Correct)
        {
            existing.PasswordHash = passwords.Hash(settings.AdminPassword);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("The administrator account's password was set from Accounts:AdminPassword");
        }
    }
}
