using System.Globalization;

namespace Streamflix.Edge.Http;

public enum ByteRangeOutcome
{
    /// <summary>No usable Range header (absent, malformed, another unit or several ranges): send it all with 200.</summary>
    Full,

    /// <summary>One satisfiable range: 206 with Content-Range.</summary>
    Partial,

    /// <summary>Well formed but outside the object: 416 with <c>Content-Range: bytes */length</c>.</summary>
    Unsatisfiable,
}

/// <summary>
/// A single byte range resolved against an object's length (RFC 9110 §14): <c>bytes=a-b</c>,
/// <c>bytes=a-</c> and <c>bytes=-n</c>. Players ask for one range at a time; several ranges are answered
/// with the whole object, which the RFC allows.
/// </summary>
public readonly record struct ByteRange(long Start, long End)
{
    public long Length => End - Start + 1;

    public string ToContentRange(long totalLength) => $"bytes {Start}-{End}/{totalLength}";

    public static ByteRangeOutcome Evaluate(string? header, long length, out ByteRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(header))
        {
            return ByteRangeOutcome.Full;
        }

        var text = header.AsSpan().Trim();
        const string unit = "bytes=";
        if (!text.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            return ByteRangeOutcome.Full;
        }

        var spec = text[unit.Length..].Trim();
        if (spec.Contains(',') || spec.IsEmpty)
        {
            return ByteRangeOutcome.Full;
        }

        var dash = spec.IndexOf('-');
        if (dash < 0)
        {
            return ByteRangeOutcome.Full;
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();

        if (first.IsEmpty)
        {
            // Suffix: the last n bytes. "-0" is valid syntax that selects nothing.
            if (!TryParseDigits(last, out var suffix))
            {
                return ByteRangeOutcome.Full;
            }

            if (suffix == 0 || length == 0)
            {
                return ByteRangeOutcome.Unsatisfiable;
            }

            range = new ByteRange(Math.Max(0, length - suffix), length - 1);
            return ByteRangeOutcome.Partial;
        }

        if (!TryParseDigits(first, out var start))
        {
            return ByteRangeOutcome.Full;
        }

        var end = long.MaxValue;
        if (!last.IsEmpty && !TryParseDigits(last, out end))
        {
            return ByteRangeOutcome.Full;
        }

        // last < first is invalid syntax (ignored), not unsatisfiable.
        if (end < start)
        {
            return ByteRangeOutcome.Full;
        }

        if (start >= length)
        {
            return ByteRangeOutcome.Unsatisfiable;
        }

        range = new ByteRange(start, Math.Min(end, length - 1));
        return ByteRangeOutcome.Partial;
    }

    // Digits only (no sign, no spaces inside); numbers too big for a long are clamped, since a huge
    // position is still well formed: past the end as a start, the end of the object as an end.
    private static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            value = long.MaxValue;
        }

        return true;
    }
}
