namespace Streamflix.Catalog.Model;

/// <summary>The US film (MPA) and TV Parental Guidelines ratings the catalog accepts.</summary>
public static class MaturityRatings
{
    public static readonly IReadOnlyList<string> Known =
        ["G", "PG", "PG-13", "R", "NC-17", "TV-Y", "TV-Y7", "TV-G", "TV-PG", "TV-14", "TV-MA"];

    // A kids profile shows only what a young child may watch alone. PG and TV-PG advise parental
    // guidance, so they stay out: when unsure, the rule errs on the side of not showing a title.
    private static readonly HashSet<string> Kids = new(["G", "TV-Y", "TV-Y7", "TV-G"], StringComparer.Ordinal);

    public static bool IsKids(string rating) => Kids.Contains(rating);

    /// <summary>The rating in its canonical spelling ("pg-13" → "PG-13"), or null if unknown.</summary>
    public static string? Normalize(string? rating)
    {
        if (string.IsNullOrWhiteSpace(rating))
        {
            return null;
        }

        var trimmed = rating.Trim();
        return Known.FirstOrDefault(known => string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
