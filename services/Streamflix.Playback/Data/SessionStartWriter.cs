using System.Threading.Channels;
using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Data;

/// <summary>
/// Writes started sessions (each row with its PlaybackStarted outbox message) in group commits: the
/// starts that arrive while one transaction commits go together into the next. With one transaction
/// per Play, a burst of 200 Plays queued for pool connections and commits, one after the other; here it
/// is a handful of transactions. Each caller still waits for the commit that holds its row, so a
/// session is never acknowledged (nor its lease kept) before it is durable, and a failed commit
/// fails exactly the starts that were in it.
/// </summary>
public sealed class SessionStartWriter(IServiceScopeFactory scopes, ILogger<SessionStartWriter> logger) : BackgroundService
{
    /// <summary>Enough to empty a burst in a few commits; a larger batch only makes one commit longer.</summary>
    private const int MaxBatch = 64;

    private readonly Channel<PendingStart> _pending = Channel.CreateUnbounded<PendingStart>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes once the session and its outbox message are committed.</summary>
    public Task WriteAsync(PlaySession session, OutboxMessage started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(started);
        var pending = new PendingStart(session, started);
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new DependencyUnavailableException("Playback is shutting down; please try again in a moment.");
        }

        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingStart>(MaxBatch);
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                await CommitAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was not committed is refused below, and its callers release their leases.
        }
        finally
        {
            _pending.Writer.TryComplete();
            var stopping = new DependencyUnavailableException("Playback is shutting down; please try again in a moment.");
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(stopping);
            }

            while (_pending.Reader.TryRead(out var left))
            {
                left.Committed.TrySetException(stopping);
            }
        }
    }

    private async Task CommitAsync(List<PendingStart> batch, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlaybackDbContext>();
            foreach (var pending in batch)
            {
                db.PlaySessions.Add(pending.Session);
                db.Set<OutboxMessage>().Add(pending.Started);
            }

            // One SaveChanges is one transaction: every session of the batch and its event together.
            await db.SaveChangesAsync(stoppingToken);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetResult();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("{Count} session starts were not saved: {Error}", batch.Count, e.Message);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(e);
            }
        }
    }

    private sealed record PendingStart(PlaySession Session, OutboxMessage Started)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
