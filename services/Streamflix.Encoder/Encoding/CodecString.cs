using System.Globalization;

namespace Streamflix.Encoder.Encoding;

/// <summary>RFC 6381 codec strings for the master playlist's CODECS attribute.</summary>
public static class CodecString
{
    /// <summary>AAC-LC, what the ladder's <c>-c:a aac</c> produces.</summary>
    public const string AacLowComplexity = "mp4a.40.2";

    /// <summary>
    /// <c>avc1.PPCCLL</c>: profile_idc, constraint flags, level_idc in hex. ffprobe reports the
    /// profile by name and the level as level_idc (30 = 3.0); the constraint byte is the one the
    /// profile implies (what Apple's and hls.js's tables use), since ffprobe does not expose it.
    /// </summary>
    public static string Avc(string? profile, int? level)
    {
        var (profileIdc, constraints) = profile?.Trim().ToLowerInvariant() switch
        {
            "constrained baseline" => (0x42, 0xe0),
            "baseline" => (0x42, 0x00),
            "main" => (0x4d, 0x40),
            "extended" => (0x58, 0x00),
            "high" => (0x64, 0x00),
            "high 10" => (0x6e, 0x00),
            "high 4:2:2" => (0x7a, 0x00),
            "high 4:4:4 predictive" => (0xf4, 0x00),
            _ => throw new ArgumentException($"Unknown H.264 profile '{profile}'.", nameof(profile)),
        };
        if (level is not (> 0 and <= 255))
        {
            throw new ArgumentException($"H.264 level '{level}' is not a level_idc.", nameof(level));
        }

        return string.Create(CultureInfo.InvariantCulture, $"avc1.{profileIdc:x2}{constraints:x2}{level.Value:x2}");
    }
}
