using System.Text.Json.Serialization;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Recommendations;

/// <summary>
/// The rows under "Continue watching": the profile's recommendations when the service answered
/// (<see cref="IsLive"/>), otherwise the catalog's genre rows (which may themselves be a kept copy
/// or unavailable). A plain record so that it can be persisted from prerendering to the circuit.
/// </summary>
public sealed record HomePageRows(bool IsLive, IReadOnlyList<RecommendedRow> Recommended, CatalogResult<HomeFeed>? Catalog)
{
    /// <summary>What the page writes in data-recommendations, for tests and monitoring.</summary>
    [JsonIgnore]
    public string Source => IsLive ? "live" : "fallback";

    public static HomePageRows Live(IReadOnlyList<RecommendedRow> rows) => new(true, rows, null);

    public static HomePageRows Fallback(CatalogResult<HomeFeed> catalog) => new(false, [], catalog);
}
