namespace Streamflix.Recommendations.Data;

/// <summary>How many profiles watched both titles (table co_occurrence; both directions are stored).</summary>
public sealed class CoOccurrenceRow
{
    public required string TitleA { get; set; }
    public required string TitleB { get; set; }
    public double Weight { get; set; }
}
