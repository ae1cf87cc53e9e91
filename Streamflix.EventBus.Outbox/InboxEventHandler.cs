using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Streamflix.EventBus.Outbox;

/// <summary>
/// A handler whose effect happens at most once per event, however often the event is delivered:
/// the event id is recorded in the inbox table (processed_events) in the same transaction as the
/// effect. <see cref="ApplyAsync"/> only changes <see cref="Db"/> (it may also stage outbox
/// events with AddOutboxEvent); it must not call SaveChanges or open a transaction. Any exception
/// it throws rolls everything back and fails the delivery (retried, then dead-lettered).
/// </summary>
public abstract class InboxEventHandler<TEvent, TDbContext>(TDbContext db) : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    /// <summary>The inbox key besides the event id: two handlers of one event each apply it once.</summary>
    protected virtual string ConsumerName => GetType().Name;

    protected abstract Task ApplyAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var consumer = ConsumerName;
        var eventId = integrationEvent.Id;
        var firstTry = true;
        bool applied;
        try
        {
            applied = await Db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                if (!firstTry)
                {
                    // A retry after a transient failure starts from what the database holds.
                    Db.ChangeTracker.Clear();
                }

                firstTry = false;
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                var seen = await Db.Set<ProcessedEvent>().AsNoTracking()
                    .AnyAsync(p => p.EventId == eventId && p.Consumer == consumer, ct);
                if (seen)
                {
                    return false;
                }

                Db.Set<ProcessedEvent>().Add(new ProcessedEvent
                {
                    EventId = eventId,
                    Consumer = consumer,
                    ProcessedAt = DateTimeOffset.UtcNow,
                });
                await ApplyAsync(integrationEvent, ct);
                try
                {
                    await Db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex) when (InboxDuplicate.IsInboxKeyViolation(ex))
                {
                    // A concurrent delivery of the same event won; its effect stands, ours is dropped.
                    await transaction.RollbackAsync(CancellationToken.None);
                    Db.ChangeTracker.Clear();
                    return false;
                }

                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch
        {
            // Nothing staged by a failed attempt may ride along with a later SaveChanges in this scope.
            Db.ChangeTracker.Clear();
            throw;
        }

        var eventType = typeof(TEvent).Name;
        if (applied)
        {
            InboxTelemetry.AppliedOnce(consumer, eventType);
        }
        else
        {
            Logger().LogDebug("{Consumer} skipped {EventType} {EventId}: already applied", consumer, eventType, eventId);
            InboxTelemetry.DuplicateSkipped(consumer, eventType);
        }
    }

    // The context's logger factory is the application's: handlers take only the DbContext.
    private ILogger Logger()
    {
        var factory = Db.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        return factory.CreateLogger(GetType());
    }
}
