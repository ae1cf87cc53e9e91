using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Redis;

/// <summary>
/// A profile's precomputed rows as kept in Redis: built at the widest limits (requests cut them),
/// for one kids flag and one catalogue version; <see cref="ComputedFrom"/> is when the build began
/// reading, so a slower, older build never overwrites a newer one.
/// </summary>
public sealed record StoredRows(
    IReadOnlyList<RecommendationRow> Rows,
    bool ColdStart,
    DateTimeOffset GeneratedAt,
    long ComputedFrom,
    bool IsKids,
    long CatalogVersion)
{
    public HomeRows ToHomeRows() => new(Rows, ColdStart);

    /// <summary>Whether these rows may be served as they are to a profile with this kids flag.</summary>
    public bool IsCurrent(bool isKids, long catalogVersion, DateTimeOffset now, TimeSpan freshFor) =>
        IsKids == isKids && CatalogVersion == catalogVersion && now - GeneratedAt < freshFor;
}
