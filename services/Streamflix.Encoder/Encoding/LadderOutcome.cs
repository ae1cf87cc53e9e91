using Streamflix.Encoder.Events;

namespace Streamflix.Encoder.Encoding;

/// <summary>The ladder on disk (renditions + master.m3u8), or why ffmpeg could not make it.</summary>
public sealed record LadderOutcome(IReadOnlyList<Rendition> Renditions, string? FailureReason, TimeSpan EncodeTime)
{
    public bool Succeeded => FailureReason is null;

    public static LadderOutcome Failed(string reason, TimeSpan encodeTime) => new([], reason, encodeTime);
}
