using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Streamflix.EventBus;
using Streamflix.EventBus.Outbox;
using Streamflix.Playback.Events;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Data;

/// <summary>
/// The changes playback makes. Each is one transaction with the outbox events it causes, so an
/// event never describes a session or a position that was rolled back.
/// </summary>
public sealed class PlaybackWriter(
    PlaybackDbContext db, SessionStartWriter startWriter, IOptions<PlaybackOptions> options, TimeProvider clock)
{
    /// <summary>The session and its PlaybackStarted event, committed together (with other starts of the moment).</summary>
    public Task StartSessionAsync(PlaySession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        db.ChangeTracker.Clear();
        // Built here, inside the request, so that the message carries this request's trace context;
        // it is saved by the group commit, not by this context.
        var started = db.AddOutboxEvent(new PlaybackStarted(session.Id, session.AccountId, session.ProfileId, session.TitleId, session.PositionSeconds)
        {
            OccurredAt = session.StartedAt,
        });
        db.Entry(started).State = EntityState.Detached;
        return startWriter.WriteAsync(session, started, cancellationToken);
    }

    /// <summary>
    /// Saves the session's position (and the profile's progress in the title), stages the events it
    /// is worth, and ends the session when <paramref name="end"/>. A session that has already ended
    /// is left as it is.
    /// </summary>
    public Task<ProgressSaved> RecordProgressAsync(Guid sessionId, ProgressReport report, bool end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The Npgsql execution strategy retries a whole transaction after a transient error, so each
        // attempt starts from a clean change tracker and reads the clock again.
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // FOR UPDATE: a heartbeat and a stop of one session (a retry racing the original) take turns.
            var session = await db.PlaySessions
                .FromSql($"SELECT * FROM play_sessions WHERE id = {sessionId} FOR UPDATE")
                .SingleAsync(cancellationToken);
            if (session.HasEnded)
            {
                return new ProgressSaved(false, WatchProgress.IsFinished(session.PositionSeconds, session.DurationSeconds));
            }

            var now = clock.GetUtcNow();
            var update = session.Record(
                report.PositionSeconds, report.RenditionHeight, report.RebufferCount, report.Edge, now, options.Value.ProgressSampleInterval);
            if (end)
            {
                session.End(now);
            }

            await UpsertProgressAsync(
                ViewingProgress.Of(session.ProfileId, session.TitleId, session.AccountId, session.PositionSeconds, session.DurationSeconds, now),
                cancellationToken);
            StageEvents(session, update, now);

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ProgressSaved(true, update.Finished);
        });
    }

    private void StageEvents(PlaySession session, ProgressUpdate update, DateTimeOffset now)
    {
        if (update.PublishProgress)
        {
            db.AddOutboxEvent(new PlaybackProgressed(
                session.Id, session.AccountId, session.ProfileId, session.TitleId, session.PositionSeconds, session.DurationSeconds)
            {
                OccurredAt = now,
            }, EventPriority.Low);
        }

        if (update.PublishCompleted)
        {
            db.AddOutboxEvent(new PlaybackCompleted(session.Id, session.AccountId, session.ProfileId, session.TitleId, session.DurationSeconds)
            {
                OccurredAt = now,
            });
        }
    }

    // Two devices of one profile may save the same title at once: an upsert, not read-then-write,
    // and an older report never overwrites a newer one.
    private Task UpsertProgressAsync(ViewingProgress progress, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO viewing_progress (profile_id, title_id, account_id, position_seconds, duration_seconds, finished, last_watched_at)
            VALUES ({progress.ProfileId}, {progress.TitleId}, {progress.AccountId}, {progress.PositionSeconds},
                    {progress.DurationSeconds}, {progress.Finished}, {progress.LastWatchedAt})
            ON CONFLICT (profile_id, title_id) DO UPDATE SET
                account_id = EXCLUDED.account_id,
                position_seconds = EXCLUDED.position_seconds,
                duration_seconds = EXCLUDED.duration_seconds,
                finished = EXCLUDED.finished,
                last_watched_at = EXCLUDED.last_watched_at
            WHERE viewing_progress.last_watched_at <= EXCLUDED.last_watched_at
            """,
            cancellationToken);
}
