namespace Streamflix.Playback.Model;

/// <summary>
/// One press of Play: who watches what, on which edges, and how it goes. The stream slot itself is
/// a lease in Redis; this row outlives it as the session's record.
/// </summary>
public sealed class PlaySession
{
    public const int MaxEdgeRankingLength = 512;
    public const int MaxEdgeNameLength = 64;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid ProfileId { get; private set; }

    public string TitleId { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The edges offered, best first, comma-separated: what steering decided, for support.</summary>
    public string EdgeRanking { get; private set; } = "";

    /// <summary>The edge the player last said it uses (after a failover, not the first).</summary>
    public string? Edge { get; private set; }

    public double PositionSeconds { get; private set; }

    public double DurationSeconds { get; private set; }

    public int MaxHeight { get; private set; }

    public int RenditionHeight { get; private set; }

    public int RebufferCount { get; private set; }

    public DateTimeOffset? LastHeartbeatAt { get; private set; }

    public DateTimeOffset? LastProgressEventAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The id on the wire and in signed URLs.</summary>
    public string SessionId => Id.ToString("N");

    public bool HasEnded => EndedAt is not null;

    public static PlaySession Start(
        Guid id,
        Guid accountId,
        Guid profileId,
        string titleId,
        IReadOnlyList<string> edgeRanking,
        double resumePositionSeconds,
        double durationSeconds,
        int maxHeight,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(edgeRanking);
        var ranking = string.Join(',', edgeRanking);
        return new PlaySession
        {
            Id = id,
            AccountId = accountId,
            ProfileId = profileId,
            TitleId = titleId,
            StartedAt = now,
            EdgeRanking = ranking.Length <= MaxEdgeRankingLength ? ranking : ranking[..MaxEdgeRankingLength],
            Edge = edgeRanking.Count > 0 ? edgeRanking[0] : null,
            PositionSeconds = resumePositionSeconds,
            DurationSeconds = durationSeconds,
            MaxHeight = maxHeight,
        };
    }

    /// <summary>
    /// Saves where the player is. A progress event is due on the first report and then at most once
    /// per <paramref name="sampleInterval"/>; the completion event once per session, when the
    /// position first counts as finished.
    /// </summary>
    public ProgressUpdate Record(
        double positionSeconds, int? renditionHeight, int? rebufferCount, string? edge, DateTimeOffset now, TimeSpan sampleInterval)
    {
        PositionSeconds = positionSeconds;
        LastHeartbeatAt = now;
        if (renditionHeight is > 0)
        {
            RenditionHeight = renditionHeight.Value;
        }

        if (rebufferCount is { } rebuffers)
        {
            RebufferCount = rebuffers;
        }

        if (!string.IsNullOrEmpty(edge))
        {
            Edge = edge.Length <= MaxEdgeNameLength ? edge : edge[..MaxEdgeNameLength];
        }

        var finished = WatchProgress.IsFinished(positionSeconds, DurationSeconds);
        var publishCompleted = finished && CompletedAt is null;
        if (publishCompleted)
        {
            CompletedAt = now;
        }

        var publishProgress = LastProgressEventAt is not { } last || now - last >= sampleInterval;
        if (publishProgress)
        {
            LastProgressEventAt = now;
        }

        return new ProgressUpdate(finished, publishProgress, publishCompleted);
    }

    /// <summary>Ends the session; the first end wins, so a repeated stop changes nothing.</summary>
    public bool End(DateTimeOffset now)
    {
        if (EndedAt is not null)
        {
            return false;
        }

        EndedAt = now;
        return true;
    }
}
