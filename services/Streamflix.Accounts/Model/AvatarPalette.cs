namespace Streamflix.Accounts.Model;

/// <summary>
/// The colours a profile avatar can have. A closed set, so the site can rely on contrast with white
/// text, and a new profile without a choice gets a colour its siblings do not already show.
/// </summary>
public static class AvatarPalette
{
    public const string Field = "avatar_color";

    public static IReadOnlyList<string> Colors { get; } =
    [
        "#e50914", // red
        "#f5a623", // amber
        "#2e7d32", // green
        "#1565c0", // blue
        "#6a1b9a", // purple
        "#00838f", // teal
        "#ad1457", // pink
        "#4e342e", // brown
    ];

    public static bool Contains(string color) => Colors.Contains(color, StringComparer.Ordinal);

    /// <summary>
    /// The colour to store: the requested one (normalised to lower case) when it is in the palette;
    /// for an empty request the first colour none of <paramref name="usedColors"/> has, or the first
    /// colour when every one is taken.
    /// </summary>
    public static string Resolve(string? requested, IEnumerable<string> usedColors)
    {
        ArgumentNullException.ThrowIfNull(usedColors);
        // Empty means "pick one for me"; whitespace is not a colour and is refused below.
        var color = (requested ?? "").Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(requested))
        {
            var used = usedColors.ToHashSet(StringComparer.OrdinalIgnoreCase);
            return Colors.FirstOrDefault(c => !used.Contains(c)) ?? Colors[0];
        }

        return Contains(color)
            ? color
            : throw new AccountValidationException(Field, $"Avatar colour must be one of {string.Join(", ", Colors)}.");
    }
}
