namespace Streamflix.Encoder.Encoding;

/// <summary>One rung of the adaptive-bitrate ladder: the output height and its bitrate budget.</summary>
public sealed record LadderRung(string Name, int Height, string Profile, int VideoKbps, int MaxKbps, int BufferKbits, int AudioKbps)
{
    /// <summary>
    /// 240p/480p/720p. Max rate ~10 % over the target keeps segment peaks (the BANDWIDTH a player
    /// plans with) close to the average; buffer = 2 × target lets x264 spend bits on hard scenes.
    /// </summary>
    public static IReadOnlyList<LadderRung> Default { get; } =
    [
        new("240p", 240, "main", 400, 440, 800, 96),
        new("480p", 480, "high", 1200, 1320, 2400, 128),
        new("720p", 720, "high", 2800, 3080, 5600, 128),
    ];
}
