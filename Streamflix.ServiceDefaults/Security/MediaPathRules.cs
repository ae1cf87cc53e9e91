using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Streamflix.ServiceDefaults.Security;

/// <summary>
/// The one definition of a valid media path, shared by the signer, the edges and the origin so that a
/// path one of them accepts is never rejected (or, worse, interpreted differently) by another.
/// </summary>
public static partial class MediaPathRules
{
    /// <summary>Deep enough for <c>{rendition}/{segment}</c> and an audio/subtitle group level.</summary>
    public const int MaxDepth = 4;

    // \z, not $: in .NET '$' also matches before a trailing '\n', which would let "title\n" through.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TitleIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SessionIdPattern();

    // A segment starts with a letter or digit, so "." and ".." (and hidden temp files) never match.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();

    public static bool IsValidTitleId([NotNullWhen(true)] string? titleId) =>
        titleId is not null && TitleIdPattern().IsMatch(titleId);

    public static bool IsValidSessionId([NotNullWhen(true)] string? sessionId) =>
        sessionId is not null && SessionIdPattern().IsMatch(sessionId);

    public static bool IsValidSegment([NotNullWhen(true)] string? segment) =>
        segment is not null && SegmentPattern().IsMatch(segment) && !segment.Contains("..", StringComparison.Ordinal);

    /// <summary>
    /// A path inside a title (<c>480p/seg_003.ts</c>): 1 to <see cref="MaxDepth"/> valid segments separated
    /// by '/', nothing empty, nothing encoded. Percent signs and backslashes fail the segment pattern, so
    /// decoded or still-encoded traversal (<c>%2e%2e</c>, <c>%2f</c>, <c>..\</c>) is refused here too.
    /// </summary>
    public static bool IsValidRelativePath([NotNullWhen(true)] string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return false;
        }

        var depth = 0;
        foreach (var range in relativePath.AsSpan().Split('/'))
        {
            if (++depth > MaxDepth || !IsValidSegment(relativePath[range]))
            {
                return false;
            }
        }

        return true;
    }
}
