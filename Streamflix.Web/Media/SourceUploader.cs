using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Streamflix.Encoder.Contracts;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Media;

/// <summary>
/// Sends a source video to the encoder's ingest stream: the metadata first, then the file in
/// chunks, and turns every way that can fail into an <see cref="UploadResult"/>. The call carries
/// the admin's access token: the encoder takes uploads from admins only.
/// </summary>
public sealed class SourceUploader(
    MediaIngest.MediaIngestClient client,
    UserTokens tokens,
    IOptions<UploadOptions> options,
    ILogger<SourceUploader> logger)
{
    /// <summary>
    /// Well under the encoder's 4 MiB message limit, and small enough that progress moves visibly
    /// and only one chunk per upload sits in memory.
    /// </summary>
    public const int ChunkSize = 64 * 1024;

    public long MaxBytes => options.Value.MaxBytes;

    /// <param name="progress">Called with the bytes sent so far, after each chunk.</param>
    public async Task<UploadResult> UploadAsync(SourceUpload upload, Action<long> progress, CancellationToken cancellationToken)
    {
        var maxBytes = MaxBytes;
        if (upload.Length > maxBytes)
        {
            return UploadResult.TooLarge(maxBytes);
        }

        try
        {
            await using var content = upload.Open();
            using var call = client.UploadSource(await tokens.AuthorizationAsync(), cancellationToken: cancellationToken);
            // The encoder may answer before it has read everything (a refusal: the token, the title, the
            // size). A write then fails as Cancelled, saying nothing, or never finishes (HTTP/2 flow control
            // stays closed once the encoder stops reading). So each write races the answer; once the answer
            // is in, sending stops, and the answer, awaited below, says why.
            var open = await TrySendAsync(call, new UploadSourceRequest
            {
                Metadata = new SourceMetadata { TitleId = upload.TitleId, TitleName = upload.TitleName, FileName = upload.FileName },
            }, cancellationToken);

            var buffer = new byte[ChunkSize];
            long sent = 0;
            while (open)
            {
                // Browser streams hand over whatever has arrived; fill each chunk so chunks stay few.
                var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                sent += read;
                // The declared length is the browser's word; the bytes themselves are the limit's.
                if (sent > maxBytes)
                {
                    return UploadResult.TooLarge(maxBytes);
                }

                open = await TrySendAsync(call, new UploadSourceRequest { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
                if (open)
                {
                    progress(sent);
                }
            }

            if (open)
            {
                await TryCompleteAsync(call, cancellationToken);
            }

            var response = await call.ResponseAsync;
            logger.LogInformation(
                "Upload of {FileName} for {TitleId} queued as job {JobId}", upload.FileName, upload.TitleId, response.JobId);
            return UploadResult.Queued(new UploadReceipt(
                response.JobId, response.TitleId, response.DurationSeconds, response.Width, response.Height));
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            // The admin left the page: nobody waits for a result.
            throw new OperationCanceledException("The upload was cancelled.", exception, cancellationToken);
        }
        catch (RpcException exception)
        {
            logger.LogWarning(
                "Upload of {FileName} for {TitleId} failed with {StatusCode}: {Detail}",
                upload.FileName, upload.TitleId, exception.StatusCode, exception.Status.Detail);
            return FromStatus(exception);
        }
        catch (IOException exception)
        {
            // InputFile's stream fails like this when the browser goes away or the file changes on disk.
            logger.LogWarning(exception, "Upload of {FileName} for {TitleId}: the source could not be read", upload.FileName, upload.TitleId);
            return UploadResult.Unreadable;
        }
    }

    private static Task<bool> TrySendAsync(
        AsyncClientStreamingCall<UploadSourceRequest, UploadSourceResponse> call, UploadSourceRequest message, CancellationToken cancellationToken) =>
        FinishesBeforeTheAnswerAsync(() => call.RequestStream.WriteAsync(message, cancellationToken), call.ResponseAsync, cancellationToken);

    private static Task<bool> TryCompleteAsync(
        AsyncClientStreamingCall<UploadSourceRequest, UploadSourceResponse> call, CancellationToken cancellationToken) =>
        FinishesBeforeTheAnswerAsync(call.RequestStream.CompleteAsync, call.ResponseAsync, cancellationToken);

    /// <summary>
    /// Whether the write finished (and succeeded) before the encoder answered. A write the answer
    /// overtook is left to fail with the call, which the caller disposes.
    /// </summary>
    private static async Task<bool> FinishesBeforeTheAnswerAsync(Func<Task> send, Task answered, CancellationToken cancellationToken)
    {
        try
        {
            var write = send();
            if (await Task.WhenAny(write, answered) != write)
            {
                _ = write.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                return false;
            }

            await write;
            return true;
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// InvalidArgument and ResourceExhausted describe the file or the title, in words meant for the
    /// uploader; Unauthenticated and PermissionDenied are about the admin's session; every other
    /// status means the encoder could not take the upload now.
    /// </summary>
    public static UploadResult FromStatus(RpcException exception) => exception.StatusCode switch
    {
        StatusCode.InvalidArgument or StatusCode.ResourceExhausted => UploadResult.Refused(
            string.IsNullOrWhiteSpace(exception.Status.Detail) ? "The encoder refused this file." : exception.Status.Detail),
        // The page's circuit holds the token it started with; a reload passes through the cookie
        // check, which renews it.
        StatusCode.Unauthenticated => UploadResult.Refused(UploadResult.SessionExpiredMessage),
        StatusCode.PermissionDenied => UploadResult.Refused(UploadResult.AdminsOnlyMessage),
        _ => UploadResult.Unavailable,
    };
}
