using Microsoft.EntityFrameworkCore;
using Streamflix.Billing.Model;

namespace Streamflix.Billing.Data;

/// <summary>The queries behind the read RPCs; nothing here changes state.</summary>
public sealed class BillingReader(BillingDbContext db)
{
    public async Task<Customer> GetCustomerAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == accountId, cancellationToken)
            ?? throw BillingNotFoundException.Customer();

    public Task<Subscription?> FindSubscriptionAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == accountId, cancellationToken);

    public async Task<IReadOnlyList<Invoice>> ListInvoicesAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Invoices.AsNoTracking()
            .Where(i => i.AccountId == accountId)
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .ToListAsync(cancellationToken);
}
