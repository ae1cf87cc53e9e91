namespace Streamflix.Edge.Http;

/// <summary>If-None-Match and If-Range against one entity tag (RFC 9110 §13.1).</summary>
public static class EntityTagMatch
{
    /// <summary>If-None-Match uses weak comparison: <c>W/"x"</c> matches <c>"x"</c>; <c>*</c> matches anything.</summary>
    public static bool NoneMatchHits(string? ifNoneMatch, string? etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch) || string.IsNullOrEmpty(etag))
        {
            return false;
        }

        var ours = Opaque(etag);
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*" || Opaque(candidate) == ours)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// If-Range needs a strong match, else the whole object is sent: a range of a changed object would
    /// splice two versions together. A date form is honoured only if it is our Last-Modified exactly.
    /// </summary>
    public static bool IfRangeAllows(string? ifRange, string? etag, DateTimeOffset? lastModified)
    {
        if (string.IsNullOrWhiteSpace(ifRange))
        {
            return true;
        }

        var value = ifRange.Trim();
        if (value.StartsWith('"'))
        {
            return etag is not null && !etag.StartsWith("W/", StringComparison.Ordinal) && value == etag;
        }

        return lastModified is { } modified
            && DateTimeOffset.TryParse(value, out var date)
            && date == modified;
    }

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
