using System.Globalization;

namespace Streamflix.Web.Playback;

/// <summary>Positions in seconds, as the browser reports them and the pages show them.</summary>
public static class PlaybackPosition
{
    /// <summary>A browser may report NaN (no media yet) or a negative time: those are 0.</summary>
    public static double Clean(double seconds) => double.IsFinite(seconds) && seconds > 0 ? seconds : 0;

    /// <summary>"12:34", or "1:02:03" past an hour.</summary>
    public static string Format(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Floor(Clean(seconds)));
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>How far along, 0..100, for a progress bar; 0 when the duration is unknown.</summary>
    public static double Percent(double position, double duration) =>
        Clean(duration) == 0 ? 0 : Math.Clamp(Clean(position) / duration * 100, 0, 100);
}
