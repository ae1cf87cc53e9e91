namespace Streamflix.Playback.Model;

/// <summary>How far a profile got in a title (one row per profile and title), for resume and history.</summary>
public sealed class ViewingProgress
{
    public Guid ProfileId { get; private set; }

    public string TitleId { get; private set; } = "";

    public Guid AccountId { get; private set; }

    public double PositionSeconds { get; private set; }

    public double DurationSeconds { get; private set; }

    public bool Finished { get; private set; }

    public DateTimeOffset LastWatchedAt { get; private set; }

    public static ViewingProgress Of(Guid profileId, string titleId, Guid accountId, double positionSeconds, double durationSeconds, DateTimeOffset now) =>
        new()
        {
            ProfileId = profileId,
            TitleId = titleId,
            AccountId = accountId,
            PositionSeconds = positionSeconds,
            DurationSeconds = durationSeconds,
            Finished = WatchProgress.IsFinished(positionSeconds, durationSeconds),
            LastWatchedAt = now,
        };
}
