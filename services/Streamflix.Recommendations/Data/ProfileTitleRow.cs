namespace Streamflix.Recommendations.Data;

/// <summary>What one profile did with one title (table profile_titles). The account id is kept for auditing only.</summary>
public sealed class ProfileTitleRow
{
    public Guid ProfileId { get; set; }
    public required string TitleId { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset FirstWatchedAt { get; set; }
    public DateTimeOffset LastWatchedAt { get; set; }
    public int Plays { get; set; }
    public double MaxPositionShare { get; set; }
    public bool Finished { get; set; }
}
