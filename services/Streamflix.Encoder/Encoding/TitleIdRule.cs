using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Title ids become folder names here and path segments on origin and the edges, so only a safe
/// slug is accepted (no dots, slashes or upper case that could escape or alias a folder). The
/// rule itself is the one origin and the edges apply (<see cref="MediaPathRules"/>).
/// </summary>
public static class TitleIdRule
{
    public const string Description = "a lower-case slug: a-z, 0-9 and '-', starting with a letter or digit, at most 100 characters";

    public static bool IsValid(string? titleId) => MediaPathRules.IsValidTitleId(titleId);
}
