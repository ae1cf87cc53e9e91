namespace Streamflix.Recommendations.Data;

/// <summary>A genre's display name from the catalog (table genres), for "More &lt;genre&gt;" rows.</summary>
public sealed class GenreRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
}
