using Streamflix.Recommendations.Contracts;

namespace Streamflix.Web.Recommendations;

/// <summary>The row kinds as the page writes them (data-row-kind), with a heading for a row that has none.</summary>
public static class RowKinds
{
    public static string Name(RowKind kind) => kind switch
    {
        RowKind.BecauseYouWatched => "because-you-watched",
        RowKind.TopPicks => "top-picks",
        RowKind.Trending => "trending",
        RowKind.New => "new",
        RowKind.Genre => "genre",
        RowKind.Popular => "popular",
        _ => "other",
    };

    public static string DefaultHeading(RowKind kind) => kind switch
    {
        RowKind.BecauseYouWatched => "Because you watched",
        RowKind.TopPicks => "Top picks for you",
        RowKind.Trending => "Trending now",
        RowKind.New => "New on Streamflix",
        RowKind.Popular => "Popular on Streamflix",
        _ => "More to watch",
    };
}
