using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Chaos;

/// <summary>
/// The Chaos Monkey's settings, from the <c>ChaosMonkey</c> section of the AppHost's configuration:
/// <c>Enabled</c> (default false: it only runs during an experiment), <c>Targets</c> (the resources it
/// may stop, comma-separated or as an array), <c>IntervalSeconds</c> between kills and
/// <c>DownSeconds</c> each victim stays stopped.
/// </summary>
public sealed record ChaosMonkeyOptions(bool Enabled, IReadOnlySet<string> Targets, TimeSpan Interval, TimeSpan DownTime)
{
    public const string Section = "ChaosMonkey";

    /// <summary>The stateless services and the edges: losing one is what the graph is built to survive.
    /// Infrastructure (postgres, redis, eventbus) is never a target unless listed explicitly.</summary>
    public static readonly IReadOnlyList<string> DefaultTargets = ["catalog", "playback", "recommendations", "edge-1", "edge-2"];

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan DefaultDownTime = TimeSpan.FromSeconds(15);

    public static ChaosMonkeyOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var enabled = section["Enabled"] is { Length: > 0 } flag
            ? bool.TryParse(flag, out var parsed) ? parsed : throw Invalid("Enabled", flag, "true or false")
            : false;
        return new ChaosMonkeyOptions(
            enabled,
            ReadTargets(section),
            Seconds(section, "IntervalSeconds", DefaultInterval),
            Seconds(section, "DownSeconds", DefaultDownTime));
    }

    private static HashSet<string> ReadTargets(IConfigurationSection section)
    {
        // Either "catalog,playback" (environment variable / command line) or an array (appsettings.json).
        var listed = section.GetSection("Targets").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (listed.Count == 0 && section["Targets"] is { } text)
        {
            listed = [.. text.Split(',')];
        }

        var targets = listed.Select(t => t.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        return targets.Count > 0 ? targets : DefaultTargets.ToHashSet(StringComparer.Ordinal);
    }

    private static TimeSpan Seconds(IConfigurationSection section, string key, TimeSpan fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 1
            ? TimeSpan.FromSeconds(seconds)
            : throw Invalid(key, text, "a whole number of seconds, at least 1");
    }

    private static InvalidOperationException Invalid(string key, string value, string expected) =>
        new($"{Section}:{key} must be {expected}, not '{value}'.");
}
