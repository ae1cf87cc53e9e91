using System.Globalization;
using System.Text.RegularExpressions;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Catalog;

/// <summary>Turns a title's poster colours into the inline CSS of its card.</summary>
public static partial class PosterStyle
{
    public const string DefaultFrom = "#1f1f2e";
    public const string DefaultTo = "#44203a";
    public const int DefaultAngle = 135;

    /// <summary>
    /// The colours come from the catalog and end up in a style attribute: anything that is not
    /// a plain hex colour is replaced, so that catalog data can never inject other CSS.
    /// </summary>
    public static string ToCss(Poster? poster)
    {
        var from = SafeColor(poster?.FromColor, DefaultFrom);
        var to = SafeColor(poster?.ToColor, DefaultTo);
        var angle = poster is null ? DefaultAngle : NormalizeAngle(poster.AngleDegrees);
        return string.Create(CultureInfo.InvariantCulture, $"background-image: linear-gradient({angle}deg, {from}, {to});");
    }

    internal static string SafeColor(string? color, string fallback) =>
        color is not null && HexColor().IsMatch(color) ? color.ToLowerInvariant() : fallback;

    internal static int NormalizeAngle(int degrees) => ((degrees % 360) + 360) % 360;

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\z")]
    private static partial Regex HexColor();
}
