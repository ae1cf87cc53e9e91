using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Caching;

/// <summary>
/// Every cache key and tag the catalog uses, in one place, so that what a read stores under and
/// what a write invalidates cannot drift apart. Keys name one entry; tags name groups of entries
/// that one change makes stale.
/// </summary>
public static class CatalogCacheKeys
{
    public const string GenresTag = "genres";
    public const string AllTitlesListTag = "titles:all";
    public const string HomeTag = "home";
    public const string SearchTag = "search";

    public static string TitleTag(string titleId) => $"title:{titleId}";

    public static string GenreListTag(string genreId) => $"titles:genre:{genreId}";

    public const string GenresKey = "genres";

    public static string TitleKey(string titleId) => $"title:{titleId}";

    public static string TitlesPageKey(string? genreId, int offset, int pageSize) =>
        $"titles:{genreId ?? "*"}:{offset}:{pageSize}";

    public static string HomeRowsKey(int titlesPerRow) => $"home:{titlesPerRow}";

    public static string SearchKey(SearchQuery query, int pageSize) => $"search:{pageSize}:{query}";

    public static IReadOnlyList<string> GenresTags => [GenresTag];

    public static IReadOnlyList<string> TitleTags(string titleId) => [TitleTag(titleId)];

    /// <summary>A page of every title, or of one genre: stale when a title of that list changes.</summary>
    public static IReadOnlyList<string> TitlesPageTags(string? genreId) =>
        genreId is null ? [AllTitlesListTag] : [GenreListTag(genreId)];

    public static IReadOnlyList<string> HomeRowsTags => [HomeTag];

    public static IReadOnlyList<string> SearchTags => [SearchTag];

    /// <summary>
    /// What an update of a title's own fields makes stale: the title itself, every list it can
    /// appear in (its release year decides its place), the home rows, and every search (a new name
    /// can match searches it did not match before). Genre lists of other genres and the genre
    /// counts stay valid: an update does not change which genres a title belongs to.
    /// </summary>
    public static IReadOnlyList<string> TagsInvalidatedByTitleUpdate(string titleId, IEnumerable<string> genreIds) =>
    [
        TitleTag(titleId),
        AllTitlesListTag,
        .. genreIds.Distinct(StringComparer.Ordinal).Select(GenreListTag),
        HomeTag,
        SearchTag,
    ];
}
