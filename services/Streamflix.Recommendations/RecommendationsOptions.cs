namespace Streamflix.Recommendations;

/// <summary>The "Recommendations" configuration section.</summary>
public sealed class RecommendationsOptions
{
    public const string SectionName = "Recommendations";

    /// <summary>Trending plays halve in this time.</summary>
    public TimeSpan TrendingHalfLife { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A profile's genre affinity halves in this time (tastes drift).</summary>
    public TimeSpan AffinityHalfLife { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long precomputed rows stay in Redis; they are rewritten after each of the profile's events.</summary>
    public TimeSpan RowsTimeToLive { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Stored rows older than this are rebuilt on read, so a profile with no events of its own still
    /// sees trending and new titles move. Older rows still stand in while the database is down.
    /// </summary>
    public TimeSpan RowsFreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the shared signals (catalogue, trending, plays) are reused across profiles.</summary>
    public TimeSpan SharedSignalsLifetime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an account's profile list (ownership, kids flag) is kept in memory.</summary>
    public TimeSpan ProfileCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Page size of the catalogue bootstrap (ListTitles allows 1..100).</summary>
    public int BootstrapPageSize { get; set; } = 100;

    /// <summary>Every broken rule, in words that name the setting; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (TrendingHalfLife <= TimeSpan.Zero)
        {
            problems.Add("Recommendations:TrendingHalfLife must be positive.");
        }

        if (AffinityHalfLife <= TimeSpan.Zero)
        {
            problems.Add("Recommendations:AffinityHalfLife must be positive.");
        }

        if (RowsTimeToLive < TimeSpan.FromSeconds(1))
        {
            problems.Add("Recommendations:RowsTimeToLive must be at least one second.");
        }

        if (RowsFreshFor <= TimeSpan.Zero || RowsFreshFor > RowsTimeToLive)
        {
            problems.Add("Recommendations:RowsFreshFor must be positive and at most RowsTimeToLive.");
        }

        if (SharedSignalsLifetime < TimeSpan.Zero || SharedSignalsLifetime > TimeSpan.FromMinutes(1))
        {
            problems.Add("Recommendations:SharedSignalsLifetime must be between 0 and one minute.");
        }

        if (ProfileCacheDuration < TimeSpan.Zero)
        {
            problems.Add("Recommendations:ProfileCacheDuration must be 0 or more.");
        }

        if (BootstrapPageSize is < 1 or > 100)
        {
            problems.Add("Recommendations:BootstrapPageSize must be between 1 and 100.");
        }

        return problems;
    }
}
