namespace Streamflix.Recommendations.Data;

/// <summary>A catalog title as mirrored here (table titles); metadata_as_of keeps a late edit from undoing a newer one.</summary>
public sealed class TitleRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string[] GenreIds { get; set; } = [];
    public bool IsKids { get; set; }
    public int ReleaseYear { get; set; }

    /// <summary>When it first became playable; null = not playable yet (never recommended).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset MetadataAsOf { get; set; }
}
