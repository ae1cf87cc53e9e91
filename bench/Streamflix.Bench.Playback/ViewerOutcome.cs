namespace Streamflix.Bench.Playback;

/// <summary>
/// One viewer's pass in a round, in milliseconds. <see cref="Lag"/> is from the shared start signal
/// to the viewer's first instruction (client-side scheduling; not part of <see cref="Total"/>).
/// </summary>
public sealed record ViewerOutcome(
    string? SessionId,
    double Lag,
    double Start,
    double Master,
    double Media,
    double Segment,
    double Total,
    long SegmentBytes,
    string? SegmentCache,
    string? Error)
{
    /// <summary>Where the rest of the stream is (the media playlist and its segments), for viewers that keep watching.</summary>
    public Uri? MediaPlaylist { get; init; }

    public IReadOnlyList<string> Segments { get; init; } = [];

    public string? Edge { get; init; }

    public bool Succeeded => Error is null;
}
