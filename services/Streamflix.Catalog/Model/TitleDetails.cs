using System.Text.Json.Serialization;

namespace Streamflix.Catalog.Model;

/// <summary>What a reader sees of a title: immutable, so it can be cached and shared.</summary>
public sealed record TitleDetails(
    string Id,
    string Name,
    string Synopsis,
    int ReleaseYear,
    string MaturityRating,
    int RuntimeMinutes,
    IReadOnlyList<string> GenreIds,
    IReadOnlyList<string> Cast,
    Poster Poster,
    DateTimeOffset UpdatedAt,
    TitleMediaDetails Media)
{
    [JsonIgnore]
    public bool IsKids => MaturityRatings.IsKids(MaturityRating);
}
