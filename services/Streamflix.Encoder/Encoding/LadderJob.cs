namespace Streamflix.Encoder.Encoding;

/// <summary>Everything the single-pass ladder encode needs to know about one source.</summary>
public sealed record LadderJob(
    string SourcePath,
    string OutputDirectory,
    double DurationSeconds,
    double FrameRate,
    bool SourceHasAudio,
    int SegmentSeconds,
    IReadOnlyList<LadderRung> Rungs);
