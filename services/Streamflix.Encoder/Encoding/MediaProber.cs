using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Streamflix.Encoder.Encoding;

/// <summary>Runs ffprobe on a file.</summary>
public sealed class MediaProber(ToolProcess tool, IOptions<EncoderOptions> options, ILogger<MediaProber> logger)
{
    /// <returns>The report, or null when ffprobe cannot read the file at all (not media, truncated, missing).</returns>
    public async Task<ProbeReport?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var json = new StringBuilder();
        var result = await tool.RunAsync(
            options.Value.FfprobePath,
            ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            (line, _) =>
            {
                json.AppendLine(line);
                return Task.CompletedTask;
            },
            lowPriority: false,
            cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogInformation("ffprobe could not read {Path}: {Reason}", path, result.FailureReason("ffprobe"));
            return null;
        }

        try
        {
            return ProbeReport.Parse(json.ToString());
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "ffprobe wrote unreadable JSON for {Path}", path);
            return null;
        }
    }
}
