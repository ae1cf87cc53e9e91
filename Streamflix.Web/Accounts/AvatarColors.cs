namespace Streamflix.Web.Accounts;

/// <summary>
/// The avatar colours offered when adding a profile. Accounts owns the palette and refuses any
/// other colour (a field error on the form); this copy only fills the picker, and "automatic"
/// (empty) lets accounts pick a colour the other profiles do not show.
/// </summary>
public static class AvatarColors
{
    public static IReadOnlyList<(string Value, string Name)> Choices { get; } =
    [
        ("", "Automatic"),
        ("#e50914", "Red"),
        ("#f5a623", "Amber"),
        ("#2e7d32", "Green"),
        ("#1565c0", "Blue"),
        ("#6a1b9a", "Purple"),
        ("#00838f", "Teal"),
        ("#ad1457", "Pink"),
        ("#4e342e", "Brown"),
    ];

    /// <summary>
    /// The style of an avatar tile. Only a "#rrggbb" value reaches the style attribute: the
    /// colour comes from a service, and a page must not paste foreign text into CSS.
    /// </summary>
    public static string Style(string? color) =>
        $"background-color:{(IsHexColor(color) ? color : "#555555")}";

    private static bool IsHexColor(string? color) =>
        color is { Length: 7 } && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit);
}
