namespace Streamflix.Recommendations.Data;

/// <summary>A title's plays (table trending_counters): decayed score as of updated_at, and the all-time count.</summary>
public sealed class TrendingCounterRow
{
    public required string TitleId { get; set; }
    public double Score { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long AllTimePlays { get; set; }
}
