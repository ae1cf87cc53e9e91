using Streamflix.Accounts.Events;
using Streamflix.Billing.Data;
using Streamflix.Billing.Model;
using Streamflix.EventBus.Outbox;

namespace Streamflix.Billing.Events;

/// <summary>
/// A new account becomes a billing customer. Applied once per event (the inbox); a customer that
/// the account's first Subscribe created before this event arrived is kept, and only completed.
/// </summary>
public sealed class AccountCreatedHandler(BillingDbContext db, TimeProvider clock)
    : InboxEventHandler<AccountCreated, BillingDbContext>(db)
{
    protected override async Task ApplyAsync(AccountCreated integrationEvent, CancellationToken cancellationToken)
    {
        // Waits for a Subscribe of the same account that is running now, so its customer row is
        // seen here instead of colliding with the one this would insert.
        await Db.LockAccountAsync(integrationEvent.AccountId, cancellationToken);

        var existing = await Db.Customers.FindAsync([integrationEvent.AccountId], cancellationToken);
        if (existing is null)
        {
            Db.Customers.Add(Customer.Create(
                integrationEvent.AccountId, integrationEvent.Email, integrationEvent.DisplayName, clock.GetUtcNow()));
        }
        else
        {
            existing.CompleteFrom(integrationEvent.Email, integrationEvent.DisplayName);
        }
    }
}
