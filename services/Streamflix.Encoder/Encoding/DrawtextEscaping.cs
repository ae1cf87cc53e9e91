using System.Text;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Makes arbitrary text safe as drawtext's <c>text=</c> inside a -filter_complex graph. The text
/// is unescaped three times on its way in, so it is escaped three times, innermost first:
/// drawtext's own expansion (<c>\</c> and <c>%</c>), the filter's option parser (<c>\ ' :</c>),
/// then the filter-graph parser (<c>\ ' [ ] , ;</c>).
/// </summary>
public static class DrawtextEscaping
{
    public const int MaxLength = 60;

    /// <summary>A title as drawtext's <c>text=</c> value.</summary>
    public static string Escape(string text) => EscapeOptionValue(EscapeChars(Clean(text), "\\%"));

    /// <summary>Any option value (such as a font path) inside the graph: option parser, then graph parser.</summary>
    public static string EscapeOptionValue(string value) => EscapeChars(EscapeChars(value, "\\':"), "\\'[],;");

    // Control characters (a newline from a form) would end the text or draw boxes; long names run off screen.
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = builder.ToString().Trim();
        return clean.Length <= MaxLength ? clean : clean[..(MaxLength - 1)].TrimEnd() + "…";
    }

    private static string EscapeChars(string text, string special)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
