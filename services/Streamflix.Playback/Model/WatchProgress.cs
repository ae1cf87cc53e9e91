namespace Streamflix.Playback.Model;

/// <summary>When a title counts as watched to the end, and where the next play resumes.</summary>
public static class WatchProgress
{
    /// <summary>
    /// Past this share of the title the rest is credits: finished. A share, not a fixed number of
    /// seconds before the end: "the last 15 s" would call a 20-second clip finished at second 5.
    /// </summary>
    public const double FinishedShare = 0.95;

    public static bool IsFinished(double positionSeconds, double durationSeconds) =>
        durationSeconds > 0
        && positionSeconds > 0
        && positionSeconds >= FinishedShare * durationSeconds;

    /// <summary>A new title, or one watched to the end, starts from the beginning.</summary>
    public static double ResumePosition(ViewingProgress? progress) =>
        progress is null || progress.Finished ? 0 : progress.PositionSeconds;
}
