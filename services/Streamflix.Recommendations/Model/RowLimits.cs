namespace Streamflix.Recommendations.Model;

/// <summary>How many titles per row and how many rows a caller wants (the contract's bounds).</summary>
public sealed record RowLimits(int TitlesPerRow, int MaxRows)
{
    public const int MaxTitlesPerRow = 40;
    public const int DefaultTitlesPerRow = 12;
    public const int MaxMaxRows = 20;
    public const int DefaultMaxRows = 8;

    /// <summary>The widest rows anyone may ask for: what is precomputed and stored.</summary>
    public static RowLimits Widest { get; } = new(MaxTitlesPerRow, MaxMaxRows);
}
