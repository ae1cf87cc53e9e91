using System.Globalization;

namespace Streamflix.Bench.RecsFreshness;

/// <summary>What else the machine was doing: the figures mean little without it on two shared cores.</summary>
public static class Conditions
{
    /// <summary>The 1-minute load average (runnable tasks), or "?" where /proc does not say.</summary>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return double.Parse(fields[0], CultureInfo.InvariantCulture).ToString("F1", CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return "?";
        }
    }

    public static string Line(string when, int playable, int titles) =>
        $"conditions {when}: load average {LoadAverage()} on {Environment.ProcessorCount} cores; " +
        $"{playable}/{titles} titles playable (demo titles are encoded one at a time in the background meanwhile)";
}
