namespace Streamflix.Recommendations.Model;

/// <summary>
/// A count that halves every half-life (trending plays, genre affinity). Stored as (score, as-of) and
/// decayed lazily: only when it is bumped or read, never by a sweep. An event older than the stored
/// as-of (a late or replayed delivery) adds its own decayed share instead of moving time backwards.
/// </summary>
public static class DecayingScore
{
    /// <summary>The score as it stands at <paramref name="at"/>.</summary>
    public static double ValueAt(double score, DateTimeOffset asOf, DateTimeOffset at, TimeSpan halfLife)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        return score * Factor(at - asOf, halfLife);
    }

    /// <summary>Adds <paramref name="amount"/> that happened at <paramref name="at"/>: score·2^(−Δ/halfLife) + amount.</summary>
    public static (double Score, DateTimeOffset AsOf) Add(
        double score, DateTimeOffset asOf, double amount, DateTimeOffset at, TimeSpan halfLife)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        if (at >= asOf)
        {
            return (score * Factor(at - asOf, halfLife) + amount, at);
        }

        return (score + amount * Factor(asOf - at, halfLife), asOf);
    }

    // A negative age (a clock a little ahead) counts as none: scores never grow by themselves.
    private static double Factor(TimeSpan age, TimeSpan halfLife) =>
        age <= TimeSpan.Zero ? 1d : Math.Pow(2d, -age.TotalSeconds / halfLife.TotalSeconds);
}
