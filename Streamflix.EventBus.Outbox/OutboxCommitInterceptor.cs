using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Streamflix.EventBus.Outbox;

/// <summary>
/// Signals the relay once outbox rows are committed: right after SaveChanges when it ran in its
/// own transaction, or when the caller's explicit transaction commits. A signal for rows still
/// uncommitted would find nothing, so it waits for the commit.
/// </summary>
internal sealed class OutboxCommitInterceptor<TDbContext>(OutboxRelaySignal<TDbContext> signal)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts (pooled ones are reused) that stored rows inside a transaction not yet committed.
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = [];
    private static readonly object Marker = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State == EntityState.Added)
            {
                _awaitingCommit.AddOrUpdate(context, Marker);
                return;
            }
        }
    }

    private void Saved(DbContext? context)
    {
        // Without an explicit transaction the save has committed by now.
        if (context?.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            signal.Notify();
        }
    }

    // A failed save inside a transaction does not undo earlier saves of that transaction.
    private void Forget(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            _awaitingCommit.Remove(context);
        }
    }

    private void RolledBack(DbContext? context)
    {
        if (context is not null)
        {
            _awaitingCommit.Remove(context);
        }
    }
}
