using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Streamflix.Encoder.Contracts;
using Streamflix.Encoder.Encoding;
using Streamflix.Encoder.Events;
using Streamflix.EventBus;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Encoder.Ingest;

/// <summary>
/// Admin upload of a source video: stream it to disk within the size limit, make sure ffprobe
/// sees a video in it, keep it and queue the encode (high priority: an admin is waiting).
/// Authorization (admin role from the accounts JWT) arrives with the auth issue; until then this
/// endpoint must only be reachable inside the AppHost's network.
/// </summary>
public sealed class MediaIngestService(
    UploadedSourceStore store,
    MediaProber prober,
    IEventPublisher publisher,
    IOptions<EncoderOptions> options,
    ILogger<MediaIngestService> logger) : MediaIngest.MediaIngestBase
{
    public const int MaxTitleNameLength = 200;

    // The longest file name common file systems allow.
    public const int MaxFileNameLength = 255;

    // Staff only: uploads put new content in front of every viewer.
    [Authorize(Roles = StreamflixClaims.AdminRole)]
    public override async Task<UploadSourceResponse> UploadSource(
        IAsyncStreamReader<UploadSourceRequest> requestStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var metadata = await ReadMetadataAsync(requestStream, cancellationToken);
        var jobId = Guid.NewGuid();
        var partial = store.NewPartialPath(jobId);
        var kept = false;
        try
        {
            await ReceiveFileAsync(requestStream, partial, cancellationToken);
            var probe = await prober.ProbeAsync(partial, cancellationToken);
            if (probe?.Video is not { } video || probe.DurationSeconds <= 0)
            {
                throw Invalid($"'{metadata.FileName}' is not a video file ffprobe recognises");
            }

            var sourcePath = store.Keep(partial, jobId, metadata.FileName);
            kept = true;
            try
            {
                var request = new EncodeRequested(metadata.TitleId, metadata.TitleName, SourceKind.Uploaded, sourcePath, 0) { JobId = jobId };
                await publisher.PublishAsync(request, cancellationToken, EventPriority.High);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // No job queued means nothing will ever use the file.
                UploadedSourceStore.Discard(sourcePath);
                logger.LogError(e, "Could not queue the encode of upload {JobId}", jobId);
                throw new RpcException(new Status(StatusCode.Unavailable, "The upload was received but the encode could not be queued; try again."));
            }

            logger.LogInformation(
                "Upload {FileName} for {TitleId} stored as job {JobId} ({Width}x{Height}, {Seconds:0.0} s)",
                metadata.FileName, metadata.TitleId, jobId, video.Width, video.Height, probe.DurationSeconds);
            return new UploadSourceResponse
            {
                JobId = jobId.ToString(),
                TitleId = metadata.TitleId,
                DurationSeconds = probe.DurationSeconds,
                Width = video.Width,
                Height = video.Height,
            };
        }
        finally
        {
            if (!kept)
            {
                UploadedSourceStore.Discard(partial);
            }
        }
    }

    private static async Task<SourceMetadata> ReadMetadataAsync(
        IAsyncStreamReader<UploadSourceRequest> requestStream, CancellationToken cancellationToken)
    {
        if (!await requestStream.MoveNext(cancellationToken)
            || requestStream.Current.PayloadCase != UploadSourceRequest.PayloadOneofCase.Metadata)
        {
            throw Invalid("The first message must carry the metadata (title_id, title_name, file_name).");
        }

        var metadata = requestStream.Current.Metadata;
        if (!TitleIdRule.IsValid(metadata.TitleId))
        {
            // Not echoed: a hostile id can be megabytes long, and error details travel in HTTP/2 trailers.
            throw Invalid($"title_id is not {TitleIdRule.Description}.");
        }

        if (string.IsNullOrWhiteSpace(metadata.TitleName) || metadata.TitleName.Length > MaxTitleNameLength)
        {
            throw Invalid($"title_name is required, at most {MaxTitleNameLength} characters.");
        }

        // Only its extension is used, but it is logged and kept in events: bounded like any name.
        if (string.IsNullOrWhiteSpace(metadata.FileName) || metadata.FileName.Length > MaxFileNameLength)
        {
            throw Invalid($"file_name is required, at most {MaxFileNameLength} characters.");
        }

        return metadata;
    }

    private async Task ReceiveFileAsync(
        IAsyncStreamReader<UploadSourceRequest> requestStream, string path, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        long received = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        while (await requestStream.MoveNext(cancellationToken))
        {
            var message = requestStream.Current;
            if (message.PayloadCase != UploadSourceRequest.PayloadOneofCase.Chunk)
            {
                throw Invalid("Only the first message may carry metadata; the rest must be chunks.");
            }

            received += message.Chunk.Length;
            if (received > limit)
            {
                throw new RpcException(new Status(
                    StatusCode.ResourceExhausted, $"The upload exceeds the limit of {limit} bytes (Encoder:MaxUploadBytes)."));
            }

            await file.WriteAsync(message.Chunk.Memory, cancellationToken);
        }

        if (received == 0)
        {
            throw Invalid("The upload is empty.");
        }
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
