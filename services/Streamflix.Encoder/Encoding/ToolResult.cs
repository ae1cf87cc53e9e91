namespace Streamflix.Encoder.Encoding;

/// <summary>How an ffmpeg/ffprobe run ended: its exit code and the last lines it wrote to stderr.</summary>
public sealed record ToolResult(int ExitCode, IReadOnlyList<string> StderrTail)
{
    public const int MaxReasonLength = 500;

    public bool Succeeded => ExitCode == 0;

    /// <summary>The stderr tail as a failure reason for an event: the end of it, where ffmpeg says what went wrong.</summary>
    public string FailureReason(string tool)
    {
        var text = string.Join('\n', StderrTail.Where(l => !string.IsNullOrWhiteSpace(l))).Trim();
        if (text.Length == 0)
        {
            return $"{tool} exited with code {ExitCode}";
        }

        var reason = $"{tool} exited with code {ExitCode}: {text}";
        return reason.Length <= MaxReasonLength ? reason : "…" + reason[^(MaxReasonLength - 1)..];
    }
}
