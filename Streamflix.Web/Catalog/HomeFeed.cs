namespace Streamflix.Web.Catalog;

/// <summary>
/// The rows of the home page. <see cref="SavedAt"/> is set when the catalog could not be reached
/// and the rows are the last good ones kept from an earlier visit.
/// </summary>
public sealed record HomeFeed(IReadOnlyList<GenreRow> Rows, DateTimeOffset? SavedAt)
{
    public bool IsFromLastGoodCopy => SavedAt is not null;
}
