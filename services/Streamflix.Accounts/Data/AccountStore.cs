using Microsoft.EntityFrameworkCore;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Data;

/// <summary>The caller's own account: read it, rename it.</summary>
public sealed class AccountStore(AccountsDbContext db)
{
    public async Task<Account> GetAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
        ?? throw AccountNotFoundException.Account();

    /// <summary>One-column update, so it cannot undo a concurrent password rehash of the same row.</summary>
    public async Task<Account> UpdateDisplayNameAsync(Guid accountId, string displayName, CancellationToken cancellationToken)
    {
        var updated = await db.Accounts
            .Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DisplayName, displayName), cancellationToken);
        return updated == 0
            ? throw AccountNotFoundException.Account()
            : await GetAsync(accountId, cancellationToken);
    }
}
