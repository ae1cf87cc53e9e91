using Streamflix.Recommendations.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Recommendations;

/// <summary>From the service's rows (title ids) to the rows the page shows (cards).</summary>
public static class RecommendedRows
{
    /// <summary>
    /// The rows in the service's order, each title resolved through <paramref name="titles"/>;
    /// ids the catalog does not know are skipped, a kids profile keeps only kids titles (the
    /// service promises as much; the page does not rely on it), and a row left empty is dropped.
    /// </summary>
    public static IReadOnlyList<RecommendedRow> Resolve(
        IEnumerable<Row> rows, IReadOnlyDictionary<string, TitleSummary> titles, ChosenProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(titles);
        return [.. rows
            .Select(row => new RecommendedRow(
                row.Id,
                RowKinds.Name(row.Kind),
                string.IsNullOrWhiteSpace(row.Title) ? RowKinds.DefaultHeading(row.Kind) : row.Title,
                [.. row.TitleIds
                    .Distinct(StringComparer.Ordinal)
                    .Select(id => titles.GetValueOrDefault(id))
                    .OfType<TitleSummary>()
                    .Where(title => KidsFilter.Allows(profile, title.IsKids))]))
            .Where(row => row.Titles.Count > 0)
            .DistinctBy(row => row.Id)];
    }
}
