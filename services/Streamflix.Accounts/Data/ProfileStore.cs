using Microsoft.EntityFrameworkCore;
using Streamflix.Accounts.Model;

namespace Streamflix.Accounts.Data;

/// <summary>Requested profile changes; null means "keep".</summary>
public sealed record ProfileChanges(string? Name, bool? Kids, string? AvatarColor);

/// <summary>
/// The caller's profiles. Every change runs in a transaction that first locks the account's row,
/// so the rules over the whole set (at most five, unique names, never none) hold when two
/// requests for one account arrive at two replicas at once.
/// </summary>
public sealed class ProfileStore(AccountsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Profile>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Profiles.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);

    public Task<Profile> CreateAsync(Guid accountId, string name, bool kids, string? avatarColor, CancellationToken cancellationToken) =>
        InAccountLockAsync(accountId, async (profiles, ct) =>
        {
            var profile = ProfileRules.Create(accountId, name, kids, avatarColor, profiles, clock.GetUtcNow());
            db.Profiles.Add(profile);
            await SaveAsync(ct);
            return profile;
        }, cancellationToken);

    public Task<Profile> UpdateAsync(Guid accountId, Guid profileId, ProfileChanges changes, CancellationToken cancellationToken) =>
        InAccountLockAsync(accountId, async (profiles, ct) =>
        {
            ArgumentNullException.ThrowIfNull(changes);
            var profile = profiles.SingleOrDefault(p => p.Id == profileId) ?? throw AccountNotFoundException.Profile(profileId);
            if (ProfileRules.Update(profile, changes.Name, changes.Kids, changes.AvatarColor, profiles))
            {
                await SaveAsync(ct);
            }

            return profile;
        }, cancellationToken);

    public Task DeleteAsync(Guid accountId, Guid profileId, CancellationToken cancellationToken) =>
        InAccountLockAsync(accountId, async (profiles, ct) =>
        {
            var profile = profiles.SingleOrDefault(p => p.Id == profileId) ?? throw AccountNotFoundException.Profile(profileId);
            ProfileRules.EnsureCanDelete(profiles);
            db.Profiles.Remove(profile);
            await SaveAsync(ct);
            return profile;
        }, cancellationToken);

    private Task<T> InAccountLockAsync<T>(Guid accountId, Func<List<Profile>, CancellationToken, Task<T>> change,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            accountId,
            async (_, id, ct) =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var locked = await db.Accounts
                    .FromSql($"SELECT * FROM accounts WHERE id = {id} FOR UPDATE")
                    .AsNoTracking()
                    .ToListAsync(ct);
                if (locked.Count == 0)
                {
                    throw AccountNotFoundException.Account();
                }

                var profiles = await db.Profiles.Where(p => p.AccountId == id).ToListAsync(ct);
                var result = await change(profiles, ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Of(e, AccountsDbContext.ProfileNameIndex))
        {
            // The account lock makes this unreachable between our own replicas; kept for any other writer.
            throw AccountConflictException.ProfileNameTaken();
        }
    }
}
