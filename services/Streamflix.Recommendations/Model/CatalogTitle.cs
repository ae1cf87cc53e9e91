namespace Streamflix.Recommendations.Model;

/// <summary>
/// A title as recommendations knows it. <see cref="PublishedAt"/> is null until the catalog says the
/// title is playable: only playable titles are ever recommended.
/// </summary>
public sealed record CatalogTitle(
    string Id,
    string Name,
    IReadOnlyList<string> GenreIds,
    bool IsKids,
    int ReleaseYear,
    DateTimeOffset? PublishedAt)
{
    public bool IsPlayable => PublishedAt is not null;
}
