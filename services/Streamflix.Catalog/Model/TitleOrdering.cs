namespace Streamflix.Catalog.Model;

/// <summary>
/// The one order of titles everywhere (lists, rows, search): newest first, then by id so that
/// pages never overlap or skip when several titles share a year.
/// </summary>
public static class TitleOrdering
{
    public static IOrderedQueryable<Title> NewestFirst(this IQueryable<Title> titles) =>
        titles.OrderByDescending(title => title.ReleaseYear).ThenBy(title => title.Id);

    public static IOrderedEnumerable<Title> NewestFirst(this IEnumerable<Title> titles) =>
        titles.OrderByDescending(title => title.ReleaseYear).ThenBy(title => title.Id, StringComparer.Ordinal);
}
