using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Streamflix.EventBus.Outbox;

/// <summary>
/// Publishes the outbox rows of <typeparamref name="TDbContext"/>'s database: oldest first, each
/// marked published only after the broker confirmed it, a failed one retried after a growing
/// backoff, forever. Rows are locked with SKIP LOCKED, so replicas share the work without
/// publishing a row twice at the same time. Delivery is at least once (a crash between the
/// confirm and the commit publishes again); consumers deduplicate by event id. Order: a batch
/// stops at its first failure and its later rows wait as long as the failed one; across batches
/// and replicas order is best effort (events carry OccurredAt).
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IEventMessagePublisher publisher,
    OutboxRelaySignal<TDbContext> signal,
    OutboxTelemetry telemetry,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private const int MaxErrorLength = 2000;

    // Column names as mapped in OutboxModelBuilderExtensions.AddEventBusOutbox. Raw SQL because
    // EF cannot express FOR UPDATE SKIP LOCKED; nothing is composed on top of it.
    private const string PendingBatchSql =
        "SELECT * FROM " + OutboxModelBuilderExtensions.OutboxTable +
        " WHERE published_at IS NULL AND next_attempt_at <= {0}" +
        " ORDER BY occurred_at, id LIMIT {1} FOR UPDATE SKIP LOCKED";

    private readonly string _outbox = typeof(TDbContext).Name;
    private long? _lastMeasured;
    private long? _lastCleanup;

    private OutboxOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the thread that starts the host: the first query may wait for the database.
        await Task.Yield();
        var databaseFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var batch = await RelayBatchAsync(stoppingToken);
                databaseFailures = 0;
                await MaintainAsync(stoppingToken);

                // A full batch that went through: more are probably waiting.
                if (batch is { Selected: > 0, Failed: false } && batch.Selected >= Options.BatchSize)
                {
                    continue;
                }

                wait = Options.PollInterval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database is unreachable or refused: the rows are still there, try later.
                databaseFailures++;
                wait = OutboxBackoff.Delay(databaseFailures, Options.FirstRetryDelay, Options.MaxRetryDelay, Random.Shared.NextDouble());
                LogRelayFailed(ex, _outbox, wait);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One transaction: lock a batch of due rows, publish them in order, record the outcome.</summary>
    internal async Task<BatchOutcome> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async ct =>
        {
            // A retry of the strategy starts from what the database holds, not from the last try.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rows = await db.Set<OutboxMessage>()
                .FromSqlRaw(PendingBatchSql, time.GetUtcNow(), Options.BatchSize)
                .ToListAsync(ct);

            var published = new List<OutboxMessage>(rows.Count);
            OutboxMessage? failed = null;
            Exception? failure = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                try
                {
                    await publisher.PublishRawAsync(ToEventMessage(row), ct);
                    row.PublishedAt = time.GetUtcNow();
                    published.Add(row);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    row.Attempts++;
                    row.LastError = Describe(ex);
                    row.NextAttemptAt = time.GetUtcNow() + OutboxBackoff.Delay(row.Attempts, Options.FirstRetryDelay,
                        Options.MaxRetryDelay, Random.Shared.NextDouble());
                    failed = row;
                    failure = ex;

                    // The rest of the batch waits as long as this row, so none of them overtakes it
                    // (they were not attempted: their attempt counts stay as they are).
                    foreach (var later in rows.Skip(i + 1))
                    {
                        later.NextAttemptAt = row.NextAttemptAt;
                    }

                    break;
                }
            }

            if (rows.Count > 0)
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return new BatchOutcome(rows.Count, published, failed, failure);
        }, cancellationToken);

        // Counted once committed, so a retried transaction does not count twice.
        foreach (var row in outcome.Published)
        {
            telemetry.Published(_outbox, row.Type);
        }

        if (outcome.FailedRow is { } failedRow)
        {
            telemetry.PublishFailed(_outbox, failedRow.Type);
            LogPublishFailed(outcome.Failure, failedRow.Type, failedRow.Id, failedRow.Attempts, failedRow.NextAttemptAt);
        }

        return outcome;
    }

    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (IsDue(ref _lastMeasured, Options.PendingMeasureInterval))
            {
                await MeasurePendingAsync(cancellationToken);
            }

            if (IsDue(ref _lastCleanup, Options.CleanupInterval))
            {
                await DeletePublishedAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogMaintenanceFailed(ex, _outbox);
        }
    }

    internal async Task MeasurePendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var pending = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PublishedAt == null);
        // Both from the partial index of pending rows, which stays small.
        var count = await pending.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? null : await pending.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        telemetry.Measured(_outbox, count, oldest);
    }

    internal async Task<int> DeletePublishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var cutoff = time.GetUtcNow() - Options.Retention;
        var deleted = await db.Set<OutboxMessage>()
            .Where(m => m.PublishedAt != null && m.PublishedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(deleted, _outbox, Options.Retention);
        }

        return deleted;
    }

    private bool IsDue(ref long? last, TimeSpan interval)
    {
        var now = time.GetTimestamp();
        if (last is { } previous && time.GetElapsedTime(previous, now) < interval)
        {
            return false;
        }

        last = now;
        return true;
    }

    internal static EventMessage ToEventMessage(OutboxMessage row) =>
        new(row.Id, row.Type, row.Body, row.Priority) { Headers = OutboxHeaders.Parse(row.Headers) };

    internal static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    internal sealed record BatchOutcome(int Selected, IReadOnlyList<OutboxMessage> Published, OutboxMessage? FailedRow, Exception? Failure)
    {
        public bool Failed => FailedRow is not null;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Publishing outbox event {EventType} {EventId} failed (attempt {Attempt}); next attempt at {NextAttemptAt}")]
    private partial void LogPublishFailed(Exception? exception, string eventType, Guid eventId, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay of {Outbox} could not read or update its table; trying again in {Delay}")]
    private partial void LogRelayFailed(Exception exception, string outbox, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox maintenance of {Outbox} (pending count, cleanup) failed")]
    private partial void LogMaintenanceFailed(Exception exception, string outbox);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} outbox rows of {Outbox} published more than {Retention} ago")]
    private partial void LogDeleted(int count, string outbox, TimeSpan retention);
}
