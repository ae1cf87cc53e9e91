using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Tests;

/// <summary>A fact that runs real ffmpeg/ffprobe processes; skipped, saying why, only where they are not installed.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (!ToolProcess.IsOnPath("ffmpeg") || !ToolProcess.IsOnPath("ffprobe"))
        {
            Skip = "ffmpeg and ffprobe are not on PATH (apt-get install ffmpeg)";
        }
    }
}
