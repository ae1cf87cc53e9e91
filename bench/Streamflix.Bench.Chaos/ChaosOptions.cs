using System.Globalization;

namespace Streamflix.Bench.Chaos;

/// <summary>Command line: <c>[--quick] [--only name] [--replicas 2] [--viewers 6]</c>.</summary>
public sealed record ChaosOptions(bool Quick, string? Only, int Replicas, int Viewers)
{
    public const string Usage =
        "usage: bench/chaos [--quick] [--only recs-down|catalog-latency|edge-kill|eventbus-down|postgres-restart|playback-replica] " +
        "[--replicas 2] [--viewers 6]";

    /// <summary>Control phase before each fault, the fault itself, and the watch after it.</summary>
    public TimeSpan Control => Quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(30);

    public TimeSpan Fault => Quick ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(60);

    public TimeSpan After => Quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(30);

    public static ChaosOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new ChaosOptions(false, null, 2, 6);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--only" when i + 1 < args.Count:
                    options = options with { Only = args[++i] };
                    break;
                case "--replicas" when i + 1 < args.Count && Positive(args[i + 1]) is { } replicas and <= 8:
                    options = options with { Replicas = replicas };
                    i++;
                    break;
                case "--viewers" when i + 1 < args.Count && Positive(args[i + 1]) is { } viewers:
                    options = options with { Viewers = viewers };
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"not understood: {args[i]}");
                    return null;
            }
        }

        return options;
    }

    private static int? Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : null;
}
