namespace Streamflix.Recommendations.Model;

/// <summary>A profile's rows in display order; <see cref="ColdStart"/> when it has no history yet.</summary>
public sealed record HomeRows(IReadOnlyList<RecommendationRow> Rows, bool ColdStart)
{
    /// <summary>
    /// The first <paramref name="limits"/>.MaxRows rows, each cut to TitlesPerRow. Rows are built so
    /// that this equals building with the smaller limits, which lets one stored set serve every request.
    /// </summary>
    public HomeRows Within(RowLimits limits) =>
        new(Rows.Take(limits.MaxRows).Select(r => r.Take(limits.TitlesPerRow)).ToList(), ColdStart);
}
