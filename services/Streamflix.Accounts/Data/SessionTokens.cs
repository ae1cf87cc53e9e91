using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Data;

/// <summary>How a refresh ended: a new pair, or the reason it was refused.</summary>
public sealed record RefreshOutcome(IssuedTokens? Tokens, RefreshDecision Decision);

/// <summary>
/// Sessions: a sign-in starts a refresh-token family; each refresh spends one token of it and adds
/// the next; reuse of a spent token or a sign-out revokes the family.
/// </summary>
public sealed class SessionTokens(
    AccountsDbContext db,
    AccessTokenIssuer accessTokens,
    AdminAccounts admins,
    IOptions<AccountsOptions> options,
    TimeProvider clock)
{
    public async Task<IssuedTokens> StartAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = clock.GetUtcNow();
        // Keeps the table to the live sessions of active accounts without a sweeper.
        await db.RefreshTokens
            .Where(t => t.AccountId == account.Id && t.ExpiresAt < now)
            .ExecuteDeleteAsync(cancellationToken);

        var (secret, token) = NewRefreshToken(account.Id, familyId: Guid.CreateVersion7(now), now);
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return Pair(account, secret, token);
    }

    public async Task<RefreshOutcome> RefreshAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (presented.Length > RefreshTokenSecret.MaxPresentedLength)
        {
            return new RefreshOutcome(null, RefreshDecision.Unknown);
        }

        var hash = RefreshTokenSecret.Hash(presented);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            hash,
            async (_, tokenHash, ct) => await RotateAsync(tokenHash, ct),
            verifySucceeded: null,
            cancellationToken);
    }

    /// <summary>Revokes the family of the presented token; unknown tokens are no error (sign-out is idempotent).</summary>
    public async Task SignOutAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (presented.Length > RefreshTokenSecret.MaxPresentedLength)
        {
            return;
        }

        var hash = RefreshTokenSecret.Hash(presented);
        var familyId = await db.RefreshTokens
            .Where(t => t.TokenHash == hash)
            .Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await RevokeFamilyAsync(family, clock.GetUtcNow(), cancellationToken);
        }
    }

    private async Task<RefreshOutcome> RotateAsync(byte[] hash, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await FindAsync(hash, cancellationToken);
        var now = clock.GetUtcNow();
        var decision = RefreshTokenRotation.Decide(stored?.State, now);
        if (decision != RefreshDecision.Rotate)
        {
            return await RefuseAsync(stored, decision, now, cancellationToken);
        }

        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == stored!.AccountId, cancellationToken);
        if (account is null)
        {
            return new RefreshOutcome(null, RefreshDecision.Unknown);
        }

        var (secret, next) = NewRefreshToken(account.Id, stored!.FamilyId, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The condition is the guard against two refreshes of one token: Postgres re-checks it
        // after waiting for the other writer's row lock, so only one of them updates the row.
        var spent = await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.ConsumedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.ConsumedAt, now)
                .SetProperty(t => t.ReplacedBy, next.Id), cancellationToken);
        if (spent == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            // Lost to a concurrent refresh or sign-out: judge the token as it is now.
            var current = await FindAsync(hash, cancellationToken);
            return await RefuseAsync(current, RefreshTokenRotation.DecideAfterLostRace(current?.State, now), now, cancellationToken);
        }

        db.RefreshTokens.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RefreshOutcome(Pair(account, secret, next), RefreshDecision.Rotate);
    }

    private async Task<RefreshOutcome> RefuseAsync(RefreshToken? stored, RefreshDecision decision, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (decision == RefreshDecision.Reused && stored is not null)
        {
            await RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            AccountsTelemetry.RefreshTokenReuse.Add(1);
        }

        return new RefreshOutcome(null, decision);
    }

    private Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken) =>
        db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);

    private Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private (string Secret, RefreshToken Token) NewRefreshToken(Guid accountId, Guid familyId, DateTimeOffset now)
    {
        var secret = RefreshTokenSecret.Create();
        return (secret, RefreshToken.Issue(accountId, familyId, RefreshTokenSecret.Hash(secret), now, options.Value.RefreshTokenLifetime));
    }

    private IssuedTokens Pair(Account account, string refreshSecret, RefreshToken refreshToken)
    {
        var (accessToken, accessExpiresAt) = accessTokens.Issue(account.Id, account.Email, admins.IsAdmin(account.Email));
        return new IssuedTokens(account.Id, accessToken, accessExpiresAt, refreshSecret, refreshToken.ExpiresAt);
    }
}
