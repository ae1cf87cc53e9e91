namespace Streamflix.Catalog.Model;

/// <summary>
/// A title's media and the rules of its encode jobs. Encoder events arrive at least once and in
/// any order across jobs, so every transition names its job and is idempotent: a redelivered or
/// late event of a job that is no longer current changes nothing.
/// </summary>
public sealed class TitleMedia
{
    /// <summary>A queued job nobody started within this time may be queued again (lost message, restart).</summary>
    public static readonly TimeSpan StaleQueueAge = TimeSpan.FromMinutes(30);

    public MediaStatus Status { get; private set; } = MediaStatus.None;

    public Guid? JobId { get; private set; }

    public double Percent { get; private set; }

    public double DurationSeconds { get; private set; }

    public string? MasterPlaylistPath { get; private set; }

    public List<MediaRendition> Renditions { get; private set; } = [];

    public string? FailureReason { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public bool NeedsDemoContent(DateTimeOffset now) =>
        Status == MediaStatus.None
        || (Status == MediaStatus.Queued && UpdatedAt is { } queuedAt && now - queuedAt > StaleQueueAge);

    public bool Queue(Guid jobId, DateTimeOffset now)
    {
        if (Status is MediaStatus.Encoding || JobId == jobId)
        {
            return false;
        }

        Status = MediaStatus.Queued;
        JobId = jobId;
        Percent = 0;
        FailureReason = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Undoes <see cref="Queue"/> when the job could not be handed to the encoder.</summary>
    public bool Unqueue(Guid jobId, DateTimeOffset now)
    {
        if (Status != MediaStatus.Queued || JobId != jobId)
        {
            return false;
        }

        Status = MasterPlaylistPath is null ? MediaStatus.None : MediaStatus.Ready;
        UpdatedAt = now;
        return true;
    }

    /// <summary>A job that starts becomes the title's current job, whoever queued it (uploads too).</summary>
    public bool Start(Guid jobId, DateTimeOffset now)
    {
        if (JobId == jobId && Status is not MediaStatus.Queued)
        {
            return false;
        }

        Status = MediaStatus.Encoding;
        JobId = jobId;
        Percent = 0;
        FailureReason = null;
        UpdatedAt = now;
        return true;
    }

    public bool Progress(Guid jobId, double percent, DateTimeOffset now)
    {
        var clamped = Math.Clamp(percent, 0, 100);
        if (JobId != jobId || Status is not (MediaStatus.Queued or MediaStatus.Encoding) || clamped <= Percent)
        {
            return false;
        }

        Status = MediaStatus.Encoding;
        Percent = clamped;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// A finished ladder is on origin whatever else happened, so a completion is taken even when its
    /// Started was not seen yet (retries can reorder events); only its own redelivery is ignored.
    /// </summary>
    public bool Complete(Guid jobId, double durationSeconds, string masterPlaylistPath, IEnumerable<MediaRendition> renditions, DateTimeOffset now)
    {
        if (JobId == jobId && Status == MediaStatus.Ready)
        {
            return false;
        }

        JobId = jobId;

        Status = MediaStatus.Ready;
        Percent = 100;
        DurationSeconds = durationSeconds;
        MasterPlaylistPath = masterPlaylistPath;
        Renditions = [.. renditions.OrderBy(r => r.Height)];
        FailureReason = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// A failure counts for the current job, or for one whose Started was not seen yet; it never
    /// takes a playable title away, nor ends another job that is encoding.
    /// </summary>
    public bool Fail(Guid jobId, string reason, DateTimeOffset now)
    {
        var applies = JobId == jobId
            ? Status is MediaStatus.Queued or MediaStatus.Encoding
            : Status is MediaStatus.None or MediaStatus.Queued or MediaStatus.Failed;
        if (!applies)
        {
            return false;
        }

        JobId = jobId;

        Status = MediaStatus.Failed;
        FailureReason = reason.Length > 1000 ? reason[..1000] : reason;
        UpdatedAt = now;
        return true;
    }

    public TitleMediaDetails ToDetails() =>
        new(Status, Percent, DurationSeconds, MasterPlaylistPath, [.. Renditions], FailureReason, UpdatedAt);
}

/// <summary>What readers see of a title's media: immutable, cacheable.</summary>
public sealed record TitleMediaDetails(
    MediaStatus Status,
    double Percent,
    double DurationSeconds,
    string? MasterPlaylistPath,
    IReadOnlyList<MediaRendition> Renditions,
    string? FailureReason,
    DateTimeOffset? UpdatedAt)
{
    public static readonly TitleMediaDetails None = new(MediaStatus.None, 0, 0, null, [], null, null);
}
