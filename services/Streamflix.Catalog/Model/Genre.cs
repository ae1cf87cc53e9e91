namespace Streamflix.Catalog.Model;

public sealed class Genre
{
    /// <summary>Slug, e.g. "sci-fi".</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Position of the genre's row on the home page and in genre lists.</summary>
    public int DisplayOrder { get; set; }

    public List<Title> Titles { get; } = [];
}
