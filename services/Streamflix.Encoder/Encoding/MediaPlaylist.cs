namespace Streamflix.Encoder.Encoding;

public sealed record MediaSegment(string Uri, double DurationSeconds);

/// <summary>A media (rendition) playlist: its segments and whether it is a finished VOD playlist.</summary>
public sealed record MediaPlaylist(IReadOnlyList<MediaSegment> Segments, int TargetDurationSeconds, bool IsVod, bool HasEndList)
{
    public double DurationSeconds => Segments.Sum(s => s.DurationSeconds);
}
