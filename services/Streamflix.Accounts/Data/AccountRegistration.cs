using Microsoft.EntityFrameworkCore;
using Streamflix.Accounts.Events;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Accounts.Data;

/// <summary>
/// Sign-up: the account, its first profile and the AccountCreated event are stored by one
/// SaveChanges, so billing and the others hear of every account and of no account that failed.
/// </summary>
public sealed class AccountRegistration(AccountsDbContext db, AccountPasswordHasher passwords, TimeProvider clock)
{
    public async Task<Account> SignUpAsync(SignUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        // Cheap check first so a taken email does not cost a password hash; the index decides races.
        if (await db.Accounts.AnyAsync(a => a.Email == form.Email, cancellationToken))
        {
            throw AccountConflictException.EmailTaken();
        }

        var now = clock.GetUtcNow();
        var account = Account.Create(form, passwords.Hash(form.Password), now);
        db.Accounts.Add(account);
        db.AddOutboxEvent(new AccountCreated(account.Id, account.Email, account.DisplayName) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Of(e, AccountsDbContext.EmailIndex))
        {
            db.ChangeTracker.Clear();
            throw AccountConflictException.EmailTaken();
        }

        AccountsTelemetry.SignUps.Add(1);
        return account;
    }
}
