using Streamflix.Web.Accounts;

namespace Streamflix.Web.Catalog;

/// <summary>
/// What a kids profile may see: only titles the catalog marks as for kids (derived from the
/// maturity rating). Playback refuses the others anyway (KIDS_PROFILE); the pages do not offer them.
/// </summary>
public static class KidsFilter
{
    public static bool Allows(ChosenProfile? profile, bool titleIsKids) => profile is not { Kids: true } || titleIsKids;

    /// <summary>The rows a kids profile may see; a row left without titles is dropped.</summary>
    public static CatalogResult<HomeFeed> Apply(CatalogResult<HomeFeed> feed, ChosenProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (profile is not { Kids: true } || feed.Value is not { } home)
        {
            return feed;
        }

        var rows = home.Rows
            .Select(row => row with { Titles = [.. row.Titles.Where(t => t.IsKids)] })
            .Where(row => row.Titles.Count > 0)
            .ToList();
        return feed with { Value = home with { Rows = rows } };
    }

    public static SearchResults Apply(SearchResults results, ChosenProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(results);
        return profile is { Kids: true }
            ? results with { Titles = [.. results.Titles.Where(t => t.IsKids)] }
            : results;
    }
}
