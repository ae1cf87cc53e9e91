using System.Globalization;

namespace Streamflix.Bench.Playback;

/// <summary>Command line: <c>--viewers 200 --rounds 2 --concurrency-setup 16</c>.</summary>
public sealed record BenchOptions(int Viewers, int Rounds, int SetupConcurrency)
{
    public const string Usage = "usage: bench/playback [--viewers 200] [--rounds 2] [--concurrency-setup 16]";

    /// <summary>A round running longer than this is cancelled and reported as such.</summary>
    public static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The options, or null (with the reason on stderr) when the command line is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(200, 2, 16);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                return null;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                Console.Error.WriteLine($"{args[i]} needs a positive whole number");
                return null;
            }

            switch (args[i])
            {
                case "--viewers": options = options with { Viewers = value }; break;
                case "--rounds": options = options with { Rounds = value }; break;
                case "--concurrency-setup": options = options with { SetupConcurrency = value }; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return null;
            }

            i++;
        }

        return options;
    }
}
