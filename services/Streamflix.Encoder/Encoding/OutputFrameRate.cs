namespace Streamflix.Encoder.Encoding;

/// <summary>The constant frame rate every rung is encoded at.</summary>
public static class OutputFrameRate
{
    public const double Fallback = 24;
    public const double Max = 30;

    /// <summary>
    /// The source rate, divided down to at most 30 fps (60 → 30, 50 → 25, 59.94 → 29.97) so the
    /// ladder stays within its bitrates; unknown or variable (0) rates become 24.
    /// </summary>
    public static double Choose(double sourceFrameRate)
    {
        if (double.IsNaN(sourceFrameRate) || sourceFrameRate < 1)
        {
            return Fallback;
        }

        var divisor = Math.Ceiling(sourceFrameRate / Max - 1e-9);
        return Math.Round(sourceFrameRate / divisor, 3);
    }
}
