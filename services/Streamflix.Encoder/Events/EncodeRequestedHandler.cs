using System.Diagnostics;
using Microsoft.Extensions.Options;
using Streamflix.Encoder.Encoding;
using Streamflix.Encoder.Media;
using Streamflix.EventBus;

namespace Streamflix.Encoder.Events;

/// <summary>
/// One encode job: source → probe → ladder → origin → EncodingCompleted. A job that can never
/// succeed (bad title id, unreadable source, ffmpeg error) ends in EncodingFailed and returns, so
/// the message is acked rather than retried into the dead-letter queue; an origin outage throws,
/// so the bus delivers the job again later. Re-running a job is safe: origin is cleared and rewritten.
/// </summary>
public sealed class EncodeRequestedHandler(
    IEventPublisher publisher,
    DemoSourceGenerator demoSource,
    MediaProber prober,
    LadderEncoder ladder,
    OriginUploader uploader,
    TimeProvider time,
    IOptions<EncoderOptions> options,
    ILogger<EncodeRequestedHandler> logger) : IIntegrationEventHandler<EncodeRequested>
{
    public async Task HandleAsync(EncodeRequested request, CancellationToken cancellationToken)
    {
        using var activity = EncoderTelemetry.ActivitySource.StartActivity("encode title");
        activity?.SetTag("streamflix.title", request.TitleId);
        activity?.SetTag("streamflix.encoder.job", request.JobId);
        if (!TitleIdRule.IsValid(request.TitleId))
        {
            await FailAsync(request, $"title id '{request.TitleId}' is not {TitleIdRule.Description}", cancellationToken);
            return;
        }

        await publisher.PublishAsync(new EncodingStarted(request.JobId, request.TitleId), cancellationToken);
        logger.LogInformation("Encoding {TitleId} (job {JobId}, source {Source})", request.TitleId, request.JobId, request.Source);

        var work = Path.Combine(options.Value.WorkPath, request.JobId.ToString("N"));
        try
        {
            Directory.CreateDirectory(work);
            await EncodeAndPublishAsync(request, work, cancellationToken);
        }
        finally
        {
            EncoderTelemetry.EndJob(request.TitleId);
            DeleteWorkFolder(work);
        }
    }

    private async Task EncodeAndPublishAsync(EncodeRequested request, string work, CancellationToken cancellationToken)
    {
        var (source, sourceProblem) = await ResolveSourceAsync(request, work, cancellationToken);
        if (source is null)
        {
            await FailAsync(request, sourceProblem!, cancellationToken);
            return;
        }

        var probe = await prober.ProbeAsync(source, cancellationToken);
        var unusable = probe switch
        {
            null => "ffprobe cannot read the source: it is not a media file, or it is damaged",
            { Video: null } => "the source has no video stream",
            { DurationSeconds: <= 0 } => "the source has no duration",
            _ => null,
        };
        if (unusable is not null)
        {
            await FailAsync(request, unusable, cancellationToken);
            return;
        }

        var job = new LadderJob(
            source, Path.Combine(work, "ladder"), probe!.DurationSeconds, OutputFrameRate.Choose(probe.Video!.FrameRate),
            probe.HasAudio, options.Value.SegmentSeconds, LadderRung.Default);
        var outcome = await ladder.EncodeAsync(job, ProgressReporter(request), cancellationToken);
        EncoderTelemetry.EncodeSeconds.Record(outcome.EncodeTime.TotalSeconds);
        if (!outcome.Succeeded)
        {
            await FailAsync(request, outcome.FailureReason!, cancellationToken);
            return;
        }

        try
        {
            await uploader.UploadLadderAsync(request.TitleId, OriginUploader.VersionOf(request.JobId), job.OutputDirectory, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // HTTP errors, timeouts, an open circuit. Rethrown: the bus redelivers the whole job later (bounded), by which time origin may be back.
            logger.LogWarning(e, "Origin refused or did not answer for {TitleId}; the job will be retried", request.TitleId);
            throw;
        }

        await publisher.PublishAsync(
            new EncodingCompleted(
                request.JobId, request.TitleId, Math.Round(probe.DurationSeconds, 3),
                $"{request.TitleId}/{OriginUploader.VersionOf(request.JobId)}/{MasterPlaylistWriter.FileName}", outcome.Renditions),
            cancellationToken);
        EncoderTelemetry.JobsCompleted.Add(1);
        logger.LogInformation(
            "{TitleId} is on origin: {Renditions} renditions, {Seconds:0.0} s of video encoded in {EncodeSeconds:0.0} s",
            request.TitleId, outcome.Renditions.Count, probe.DurationSeconds, outcome.EncodeTime.TotalSeconds);
    }

    private async Task<(string? Path, string? Problem)> ResolveSourceAsync(EncodeRequested request, string work, CancellationToken cancellationToken)
    {
        if (request.Source == SourceKind.Generated)
        {
            var path = Path.Combine(work, "demo-source.mp4");
            var seconds = DemoSourceArguments.ClampDuration(request.DemoDurationSeconds);
            var result = await demoSource.GenerateAsync(request.TitleId, request.TitleName, seconds, path, cancellationToken);
            return result.Succeeded ? (path, null) : (null, "demo source: " + result.FailureReason("ffmpeg"));
        }

        if (request.Source != SourceKind.Uploaded || string.IsNullOrWhiteSpace(request.SourcePath))
        {
            return (null, $"source kind {request.Source} without a source path cannot be encoded");
        }

        // Only files the upload endpoint stored: an event must not make the encoder publish an
        // arbitrary file from this machine to origin.
        var uploads = Path.GetFullPath(options.Value.UploadPath) + Path.DirectorySeparatorChar;
        var source = Path.GetFullPath(request.SourcePath);
        if (!source.StartsWith(uploads, StringComparison.Ordinal))
        {
            return (null, "the source path is outside the encoder's upload folder");
        }

        return File.Exists(source) ? (source, null) : (null, "the uploaded source file no longer exists");
    }

    private Func<double, CancellationToken, Task> ProgressReporter(EncodeRequested request)
    {
        var started = time.GetTimestamp();
        var sampler = new ProgressSampler(TimeSpan.Zero);
        return async (percent, ct) =>
        {
            EncoderTelemetry.ReportProgress(request.TitleId, percent);
            if (!sampler.ShouldPublish(percent, time.GetElapsedTime(started)))
            {
                return;
            }

            try
            {
                await publisher.PublishAsync(new EncodingProgressed(request.JobId, request.TitleId, percent), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Progress is informational: a broker hiccup must not throw away minutes of encoding.
                logger.LogWarning(e, "Could not publish progress {Percent} % of {TitleId}", percent, request.TitleId);
            }
        };
    }

    private async Task FailAsync(EncodeRequested request, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Encoding {TitleId} (job {JobId}) failed: {Reason}", request.TitleId, request.JobId, reason);
        Activity.Current?.SetStatus(ActivityStatusCode.Error, reason);
        EncoderTelemetry.JobsFailed.Add(1);
        await publisher.PublishAsync(new EncodingFailed(request.JobId, request.TitleId, reason), cancellationToken);
    }

    private void DeleteWorkFolder(string work)
    {
        try
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not delete the work folder {Path}", work);
        }
    }
}
