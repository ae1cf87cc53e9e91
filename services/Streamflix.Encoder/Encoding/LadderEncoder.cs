using System.Diagnostics;
using Microsoft.Extensions.Options;
using Streamflix.Encoder.Events;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Encodes the ladder in one ffmpeg pass, reports progress as a percentage of the source duration,
/// then measures each rendition and writes master.m3u8 beside them.
/// </summary>
public sealed class LadderEncoder(
    ToolProcess tool, RenditionInspector inspector, IOptions<EncoderOptions> options, ILogger<LadderEncoder> logger)
{
    public async Task<LadderOutcome> EncodeAsync(
        LadderJob job, Func<double, CancellationToken, Task> onPercent, CancellationToken cancellationToken)
    {
        foreach (var rung in job.Rungs)
        {
            Directory.CreateDirectory(Path.Combine(job.OutputDirectory, rung.Name));
        }

        var started = Stopwatch.GetTimestamp();
        var result = await tool.RunAsync(
            options.Value.FfmpegPath,
            LadderArguments.Build(job),
            async (line, ct) =>
            {
                if (ProgressLine.Parse(line) is { } progress)
                {
                    var percent = progress.IsEnd ? 100 : ProgressPercent.Of(progress.OutTime!.Value, job.DurationSeconds);
                    await onPercent(percent, ct);
                }
            },
            options.Value.LowPriority,
            cancellationToken);
        var encodeTime = Stopwatch.GetElapsedTime(started);
        if (!result.Succeeded)
        {
            return LadderOutcome.Failed(result.FailureReason("ffmpeg"), encodeTime);
        }

        logger.LogInformation(
            "Encoded {Rungs} rungs of {Seconds:0.0} s of video in {EncodeSeconds:0.0} s",
            job.Rungs.Count, job.DurationSeconds, encodeTime.TotalSeconds);

        var renditions = new List<Rendition>(job.Rungs.Count);
        foreach (var rung in job.Rungs)
        {
            var (rendition, problem) = await inspector.InspectAsync(job.OutputDirectory, rung.Name, job.FrameRate, cancellationToken);
            if (rendition is null)
            {
                return LadderOutcome.Failed(problem ?? $"rendition {rung.Name} is unusable", encodeTime);
            }

            renditions.Add(rendition);
        }

        await File.WriteAllTextAsync(
            Path.Combine(job.OutputDirectory, MasterPlaylistWriter.FileName), MasterPlaylistWriter.Write(renditions), cancellationToken);
        return new LadderOutcome(renditions, null, encodeTime);
    }
}
