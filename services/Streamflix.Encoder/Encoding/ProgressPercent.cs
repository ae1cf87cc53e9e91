namespace Streamflix.Encoder.Encoding;

public static class ProgressPercent
{
    /// <summary>Encoded time as a percentage of the probed duration, 0..100 (ffmpeg overshoots by a frame or two).</summary>
    public static double Of(TimeSpan encoded, double durationSeconds)
    {
        if (durationSeconds <= 0 || double.IsNaN(durationSeconds))
        {
            return 0;
        }

        return Math.Round(Math.Clamp(encoded.TotalSeconds / durationSeconds * 100, 0, 100), 1);
    }
}
