using Microsoft.EntityFrameworkCore;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Data;

/// <summary>Queries that change nothing.</summary>
public sealed class PlaybackReader(PlaybackDbContext db)
{
    /// <summary>The caller's session; someone else's is as unknown as a missing one.</summary>
    public async Task<PlaySession> GetOwnSessionAsync(Guid sessionId, Guid accountId, CancellationToken cancellationToken) =>
        await db.PlaySessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.AccountId == accountId, cancellationToken)
        ?? throw PlaybackNotFoundException.Session();

    public Task<ViewingProgress?> FindProgressAsync(Guid profileId, string titleId, CancellationToken cancellationToken) =>
        db.ViewingProgress.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProfileId == profileId && p.TitleId == titleId, cancellationToken);

    /// <summary>Started, not finished, most recently watched first.</summary>
    public Task<List<ViewingProgress>> ContinueWatchingAsync(Guid profileId, int limit, CancellationToken cancellationToken) =>
        db.ViewingProgress.AsNoTracking()
            .Where(p => p.ProfileId == profileId && !p.Finished && p.PositionSeconds > 0)
            .OrderByDescending(p => p.LastWatchedAt)
            .ThenBy(p => p.TitleId)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<List<ViewingProgress>> HistoryAsync(Guid profileId, int limit, CancellationToken cancellationToken) =>
        db.ViewingProgress.AsNoTracking()
            .Where(p => p.ProfileId == profileId)
            .OrderByDescending(p => p.LastWatchedAt)
            .ThenBy(p => p.TitleId)
            .Take(limit)
            .ToListAsync(cancellationToken);
}
