namespace Streamflix.Recommendations.Data;

/// <summary>How much a profile likes a genre (table genre_affinity): decayed weight as of updated_at.</summary>
public sealed class GenreAffinityRow
{
    public Guid ProfileId { get; set; }
    public required string GenreId { get; set; }
    public double Weight { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
