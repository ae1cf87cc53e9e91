namespace Streamflix.Playback;

/// <summary>The "Playback" configuration section.</summary>
public sealed class PlaybackOptions
{
    public const string SectionName = "Playback";

    /// <summary>A session without a heartbeat for this long frees its stream slot.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>
    /// How often players are told to send a heartbeat; must be shorter than the lease so that a late
    /// one still arrives in time. 0 (the default) means a third of the lease: 10 s for 30 s, and a
    /// short test lease gets a proportionally short interval without a second setting.
    /// </summary>
    public int HeartbeatIntervalSeconds { get; set; }

    /// <summary>An edge whose last heartbeat is older than this is not offered (it may have died).</summary>
    public TimeSpan EdgeStaleAfter { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>The viewer's region when the request names none.</summary>
    public string DefaultRegion { get; set; } = "eu-west";

    /// <summary>How long the signed edge URLs of a manifest stay valid.</summary>
    public TimeSpan UrlLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>At most one PlaybackProgressed per session per this many seconds.</summary>
    public int ProgressSampleSeconds { get; set; } = 30;

    /// <summary>How long an entitlement read from billing (or its event) is trusted without asking again.</summary>
    public int EntitlementCacheSeconds { get; set; } = 60;

    /// <summary>How long an account's profile list is kept in memory.</summary>
    public int ProfileCacheSeconds { get; set; } = 30;

    /// <summary>
    /// How long a playable title read from the catalog is kept in memory. Short, because a re-encode
    /// moves the title's video to a new folder; 0 asks the catalog on every Play.
    /// </summary>
    public int TitleCacheSeconds { get; set; } = 5;

    /// <summary>
    /// How old a title's last playable copy may be and still be used when the catalog cannot answer
    /// (the fallback of playback → catalog); 0 refuses the Play instead.
    /// </summary>
    public int TitleStaleSeconds { get; set; } = 600;

    /// <summary>How old the edges' heartbeats read from Redis may be when a Play is steered; 0 reads them on every Play.</summary>
    public int EdgeSnapshotMilliseconds { get; set; } = 1000;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan TitleCacheDuration => TimeSpan.FromSeconds(TitleCacheSeconds);

    public TimeSpan TitleStaleDuration => TimeSpan.FromSeconds(TitleStaleSeconds);

    public TimeSpan EdgeSnapshotAge => TimeSpan.FromMilliseconds(EdgeSnapshotMilliseconds);

    public int EffectiveHeartbeatIntervalSeconds =>
        HeartbeatIntervalSeconds > 0 ? HeartbeatIntervalSeconds : Math.Max(1, LeaseSeconds / 3);

    public TimeSpan ProgressSampleInterval => TimeSpan.FromSeconds(ProgressSampleSeconds);

    public TimeSpan EntitlementCacheDuration => TimeSpan.FromSeconds(EntitlementCacheSeconds);

    public TimeSpan ProfileCacheDuration => TimeSpan.FromSeconds(ProfileCacheSeconds);

    /// <summary>Every broken rule, in words that name the setting; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (LeaseSeconds < 2)
        {
            problems.Add("Playback:LeaseSeconds must be at least 2.");
        }

        if (HeartbeatIntervalSeconds < 0 || EffectiveHeartbeatIntervalSeconds >= LeaseSeconds)
        {
            problems.Add("Playback:HeartbeatIntervalSeconds must be positive and shorter than Playback:LeaseSeconds (or 0 for a third of it).");
        }

        if (EdgeStaleAfter <= TimeSpan.Zero)
        {
            problems.Add("Playback:EdgeStaleAfter must be positive.");
        }

        if (string.IsNullOrWhiteSpace(DefaultRegion))
        {
            problems.Add("Playback:DefaultRegion must name a region.");
        }

        if (UrlLifetime <= TimeSpan.Zero || UrlLifetime > TimeSpan.FromDays(7))
        {
            problems.Add("Playback:UrlLifetime must be positive and at most 7 days.");
        }

        if (ProgressSampleSeconds < 1)
        {
            problems.Add("Playback:ProgressSampleSeconds must be at least 1.");
        }

        if (EntitlementCacheSeconds < 1)
        {
            problems.Add("Playback:EntitlementCacheSeconds must be at least 1.");
        }

        if (ProfileCacheSeconds < 0)
        {
            problems.Add("Playback:ProfileCacheSeconds must be 0 or more.");
        }

        if (TitleCacheSeconds < 0)
        {
            problems.Add("Playback:TitleCacheSeconds must be 0 or more.");
        }

        if (TitleStaleSeconds < 0)
        {
            problems.Add("Playback:TitleStaleSeconds must be 0 or more.");
        }

        if (EdgeSnapshotMilliseconds < 0 || EdgeSnapshotAge >= EdgeStaleAfter)
        {
            problems.Add("Playback:EdgeSnapshotMilliseconds must be 0 or more and shorter than Playback:EdgeStaleAfter.");
        }

        return problems;
    }
}
