namespace Streamflix.Encoder.Encoding;

/// <summary>
/// BANDWIDTH and AVERAGE-BANDWIDTH as RFC 8216 §4.3.4.2 defines them: the peak segment bit rate and
/// the whole-playlist bit rate, measured on the files, not the encoder's target (x264 overshoots
/// on hard scenes, and a player that trusts a low BANDWIDTH stalls).
/// </summary>
public readonly record struct RenditionBandwidth(int Peak, int Average)
{
    /// <param name="segments">Each segment's duration and size in bytes.</param>
    public static RenditionBandwidth Measure(IReadOnlyList<(double DurationSeconds, long Bytes)> segments)
    {
        if (segments.Count == 0)
        {
            throw new ArgumentException("A rendition needs at least one segment.", nameof(segments));
        }

        var peak = segments.Where(s => s.DurationSeconds > 0).Max(s => s.Bytes * 8 / s.DurationSeconds);
        var totalSeconds = segments.Sum(s => s.DurationSeconds);
        var average = totalSeconds > 0 ? segments.Sum(s => s.Bytes) * 8 / totalSeconds : 0;
        return new RenditionBandwidth((int)Math.Ceiling(peak), (int)Math.Ceiling(average));
    }
}
