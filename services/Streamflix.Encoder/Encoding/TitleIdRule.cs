using System.Text.RegularExpressions;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Title ids become folder names here and path segments on origin and the edges, so only a safe
/// slug is accepted (no dots, slashes or upper case that could escape or alias a folder).
/// </summary>
public static partial class TitleIdRule
{
    public const string Description = "a lower-case slug: a-z, 0-9 and '-', starting with a letter or digit, at most 100 characters";

    public static bool IsValid(string? titleId) => titleId is not null && Pattern().IsMatch(titleId);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
