using System.Globalization;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// The lavfi test source a demo title is drawn on, chosen from the title id so the same title
/// always looks (and sounds) the same after a re-encode.
/// </summary>
public sealed record DemoPattern(string Name, int FramesPerSecond, int ToneHertz)
{
    // mandelbrot is left out: it took 14-19 s for 20 s of video here even at 320x180, longer than
    // the whole ladder encode. life and cellauto are drawn small and scaled up (nearest neighbour):
    // full-size life was 16 s and 60 MB of noise.
    private static readonly string[] Names = ["testsrc2", "smptehdbars", "rgbtestsrc", "cellauto", "life"];

    public static IReadOnlyList<string> PatternNames => Names;

    public static DemoPattern Choose(string titleId)
    {
        var hash = StableHash(titleId);
        return new DemoPattern(
            Names[hash % (uint)Names.Length],
            (hash >> 8) % 2 == 0 ? 24 : 25,
            // A5 (220 Hz) up to ~3 octaves, in semitone-free 55 Hz steps: audible, not shrill.
            220 + (int)((hash >> 16) % 12) * 55);
    }

    /// <summary>The lavfi video source graph producing <paramref name="width"/>x<paramref name="height"/>.</summary>
    public string SourceGraph(int width, int height)
    {
        var rate = FramesPerSecond.ToString(CultureInfo.InvariantCulture);
        var size = $"{width}x{height}";
        var small = $"{Math.Max(width / 4, 2)}x{Math.Max(height / 4, 2)}";
        return Name switch
        {
            "cellauto" => $"cellauto=size={small}:rate={rate}:rule=110,scale={width}:{height}:flags=neighbor",
            "life" => $"life=size={small}:rate={rate}:mold=10:ratio=0.1:life_color=0x00ff00:death_color=0xc83232,scale={width}:{height}:flags=neighbor",
            _ => $"{Name}=size={size}:rate={rate}",
        };
    }

    // FNV-1a: string.GetHashCode is randomised per process, which would change a title's look on restart.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
