namespace Streamflix.Recommendations.Model;

/// <summary>One home-page row: a stable id per kind and seed, display text and the titles in order.</summary>
public sealed record RecommendationRow(
    string Id,
    RowKind Kind,
    string Title,
    IReadOnlyList<string> TitleIds,
    string? SeedTitleId = null,
    string? GenreId = null)
{
    /// <summary>The same row cut to at most <paramref name="titlesPerRow"/> titles (rows are built best first).</summary>
    public RecommendationRow Take(int titlesPerRow) =>
        TitleIds.Count <= titlesPerRow ? this : this with { TitleIds = TitleIds.Take(titlesPerRow).ToList() };
}
