using Microsoft.Extensions.Options;
using Streamflix.Playback.Data;
using Streamflix.Playback.Model;
using Streamflix.Playback.Redis;
using Streamflix.Playback.Telemetry;

namespace Streamflix.Playback.Sessions;

/// <summary>
/// A session while it plays: heartbeats renew its lease and save its position; stop frees the slot.
/// A heartbeat that finds its lease gone (expired, or the slot was freed) ends the session with the
/// position it carried and answers SESSION_ENDED: the slot may already be someone else's, so the
/// player must start again (and be counted again).
/// </summary>
public sealed class SessionTracker(
    PlaybackReader reader,
    PlaybackWriter writer,
    StreamLeases leases,
    IOptions<PlaybackOptions> options,
    TimeProvider clock,
    PlaybackMetrics metrics,
    ILogger<SessionTracker> logger)
{
    /// <returns>When the renewed lease expires.</returns>
    public async Task<DateTimeOffset> HeartbeatAsync(
        Guid accountId, Guid sessionId, double positionSeconds, int renditionHeight, int rebufferCount, string? edge,
        CancellationToken cancellationToken)
    {
        var session = await reader.GetOwnSessionAsync(sessionId, accountId, cancellationToken);
        if (session.HasEnded)
        {
            throw PlaybackRefusedException.SessionEnded();
        }

        var report = new ProgressReport(
            PlaybackInput.Position(positionSeconds, session.DurationSeconds), renditionHeight, rebufferCount, edge);
        var now = clock.GetUtcNow();
        var expiresAt = now + options.Value.Lease;
        if (!await leases.TryRenewAsync(accountId, session.SessionId, now, expiresAt))
        {
            metrics.LeaseLost();
            await writer.RecordProgressAsync(sessionId, report, end: true, cancellationToken);
            logger.LogInformation("Session {SessionId} lost its lease; ended at {Position:0.#} s", session.SessionId, report.PositionSeconds);
            throw PlaybackRefusedException.SessionEnded();
        }

        var saved = await writer.RecordProgressAsync(sessionId, report, end: false, cancellationToken);
        if (!saved.Saved)
        {
            // Stopped while this heartbeat was on its way: the renewal must not keep the slot.
            await leases.ReleaseAsync(accountId, session.SessionId);
            throw PlaybackRefusedException.SessionEnded();
        }

        return expiresAt;
    }

    /// <summary>Frees the slot and keeps the final position. Stopping an ended session changes nothing.</summary>
    public async Task StopAsync(Guid accountId, Guid sessionId, double positionSeconds, CancellationToken cancellationToken)
    {
        var session = await reader.GetOwnSessionAsync(sessionId, accountId, cancellationToken);
        if (session.HasEnded)
        {
            return;
        }

        var report = new ProgressReport(PlaybackInput.Position(positionSeconds, session.DurationSeconds), null, null, null);
        await leases.ReleaseAsync(accountId, session.SessionId);
        await writer.RecordProgressAsync(sessionId, report, end: true, cancellationToken);
        logger.LogInformation("Session {SessionId} stopped at {Position:0.#} s", session.SessionId, report.PositionSeconds);
    }
}
