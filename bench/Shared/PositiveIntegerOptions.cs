using System.Globalization;

namespace Streamflix.Bench;

/// <summary>The benchmarks' command lines: <c>--name N</c> pairs, every value a positive whole number.</summary>
public static class PositiveIntegerOptions
{
    /// <summary>
    /// The values by option name, starting from <paramref name="defaults"/>; null (with the reason on
    /// stderr) for --help, an unknown option, or a value that is not a positive whole number.
    /// </summary>
    public static IReadOnlyDictionary<string, int>? Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, int> defaults)
    {
        var values = new Dictionary<string, int>(defaults, StringComparer.Ordinal);
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

            if (!values.ContainsKey(args[i]))
            {
                Console.Error.WriteLine($"unknown option {args[i]}");
                return null;
            }

            values[args[i]] = value;
            i++;
        }

        return values;
    }
}
