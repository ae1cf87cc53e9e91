namespace Streamflix.Encoder.Encoding;

/// <summary>The "Encoder" configuration section.</summary>
public sealed class EncoderOptions
{
    public const string SectionName = "Encoder";

    /// <summary>Scratch space for one job at a time (demo source, ladder output); emptied after each job.</summary>
    public string WorkPath { get; set; } = Path.Combine(Path.GetTempPath(), "streamflix-encoder", "work");

    /// <summary>
    /// Where uploaded sources are kept (<c>{UploadPath}/{jobId}/source.ext</c>). Kept after encoding
    /// so a title can be re-encoded; the AppHost should point this at a data folder, not temp.
    /// </summary>
    public string UploadPath { get; set; } = Path.Combine(Path.GetTempPath(), "streamflix-encoder", "uploads");

    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>HLS segment length; keyframes are forced on this grid in every rung.</summary>
    public int SegmentSeconds { get; set; } = 4;

    /// <summary>PUTs to origin in flight at once.</summary>
    public int UploadParallelism { get; set; } = 4;

    public string FfmpegPath { get; set; } = "ffmpeg";

    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>Run ffmpeg under <c>nice -n 10</c> so the encoder never starves the other services on the machine.</summary>
    public bool LowPriority { get; set; } = true;
}
