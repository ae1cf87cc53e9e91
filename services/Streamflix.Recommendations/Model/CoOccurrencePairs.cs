namespace Streamflix.Recommendations.Model;

/// <summary>
/// Which co-occurrence weights one start adds. Only a profile's first start of a title counts, so a
/// pair's weight is the number of profiles that watched both (re-watching or resuming adds nothing),
/// and the title is paired with the profile's most recent other titles only, which bounds the work of
/// one event and lets old tastes fade from the pairs a profile adds.
/// </summary>
public static class CoOccurrencePairs
{
    public const int RecentTitlesPaired = 50;

    /// <summary>
    /// Both directions of each pair (so neighbours are one lookup by the first title), in a fixed
    /// order (so concurrent upserts lock rows in the same order and cannot deadlock each other).
    /// </summary>
    public static IReadOnlyList<(string TitleA, string TitleB)> ForFirstStart(
        string titleId, IEnumerable<string> otherTitlesMostRecentFirst)
    {
        ArgumentException.ThrowIfNullOrEmpty(titleId);
        ArgumentNullException.ThrowIfNull(otherTitlesMostRecentFirst);
        var partners = otherTitlesMostRecentFirst
            .Where(t => !string.IsNullOrEmpty(t) && !string.Equals(t, titleId, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Take(RecentTitlesPaired);
        return partners
            .SelectMany(p => new[] { (titleId, p), (p, titleId) })
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ThenBy(pair => pair.Item2, StringComparer.Ordinal)
            .ToList();
    }
}
