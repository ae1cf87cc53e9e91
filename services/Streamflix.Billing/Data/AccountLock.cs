using Microsoft.EntityFrameworkCore;

namespace Streamflix.Billing.Data;

/// <summary>
/// Serialises the billing changes of one account across replicas: a transaction-scoped Postgres
/// advisory lock, taken before anything is read, so two concurrent requests with the same
/// idempotency key (a client retrying while the first is still running) cannot both charge.
/// A lock, not SELECT … FOR UPDATE, because the first Subscribe may find no row to lock yet.
/// </summary>
public static class AccountLock
{
    public static async Task LockAccountAsync(this BillingDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An account lock lives as long as a transaction; begin one first.");
        }

        var key = KeyOf(accountId);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    /// <summary>
    /// The 64-bit lock key of an account. Two accounts sharing a key only wait for each other;
    /// correctness never depends on keys being distinct.
    /// </summary>
    public static long KeyOf(Guid accountId)
    {
        Span<byte> bytes = stackalloc byte[16];
        accountId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
