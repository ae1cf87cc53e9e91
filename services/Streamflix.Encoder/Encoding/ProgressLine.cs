using System.Globalization;

namespace Streamflix.Encoder.Encoding;

/// <summary>What one line of ffmpeg's <c>-progress</c> output says, if anything we use.</summary>
public readonly record struct ProgressLine(TimeSpan? OutTime, bool IsEnd)
{
    /// <summary>
    /// Reads <c>out_time_us=</c>, <c>out_time_ms=</c> (microseconds too, despite its name, in
    /// ffmpeg 5.1) and <c>progress=end</c>; every other key, and "N/A" times (before the first
    /// frame), give null.
    /// </summary>
    public static ProgressLine? Parse(string line)
    {
        var separator = line.IndexOf('=');
        if (separator <= 0)
        {
            return null;
        }

        var key = line.AsSpan(0, separator).Trim();
        var value = line.AsSpan(separator + 1).Trim();
        if (key is "progress")
        {
            return value is "end" ? new ProgressLine(null, IsEnd: true) : null;
        }

        if (key is "out_time_us" or "out_time_ms"
            && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var microseconds)
            && microseconds >= 0)
        {
            return new ProgressLine(TimeSpan.FromMicroseconds(microseconds), IsEnd: false);
        }

        return null;
    }
}
