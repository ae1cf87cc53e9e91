namespace Streamflix.Recommendations.Model;

/// <summary>The kinds of home-page row, in the contract's terms (ROW_KIND_*).</summary>
public enum RowKind
{
    BecauseYouWatched = 1,
    TopPicks = 2,
    Trending = 3,
    New = 4,
    Genre = 5,
    Popular = 6,
}
