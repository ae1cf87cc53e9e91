using Streamflix.Catalog.Contracts;
using Streamflix.Recommendations.Contracts;

namespace Streamflix.Web.Tests;

internal static class RecommendationSamples
{
    public static Row Row(string id, RowKind kind, string title, params string[] titleIds) =>
        new() { Id = id, Kind = kind, Title = title, TitleIds = { titleIds } };

    public static GetRowsResponse Rows(params Row[] rows) => new() { Rows = { rows } };

    /// <summary>One ListTitles page holding the titles named; ids ending in "-kids" are kids titles.</summary>
    public static ListTitlesResponse CatalogTitles(params string[] titleIds) => new()
    {
        Titles =
        {
            titleIds.Select(id =>
            {
                var title = CatalogSamples.Title(id, name: $"Title {id}");
                title.IsKids = id.EndsWith("-kids", StringComparison.Ordinal);
                return title;
            }),
        },
        TotalCount = titleIds.Length,
    };
}
