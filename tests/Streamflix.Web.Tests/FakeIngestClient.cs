using Grpc.Core;
using Streamflix.Encoder.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>
/// An in-process stand-in for the encoder's ingest: records every message written to the upload
/// stream, then answers from <see cref="Respond"/> (a response or a thrown <see cref="RpcException"/>)
/// once the stream completes. <see cref="EndCallEarlyWith"/> is a server that answers before reading
/// everything: from then on writes fail as a real client's can while that answer is on its way
/// (Cancelled, saying nothing), and the response carries the answer.
/// </summary>
internal sealed class FakeIngestClient : MediaIngest.MediaIngestClient
{
    public Func<IReadOnlyList<UploadSourceRequest>, UploadSourceResponse> Respond { get; set; } =
        messages => new UploadSourceResponse { JobId = "job-1", TitleId = messages[0].Metadata.TitleId, DurationSeconds = 6, Width = 640, Height = 360 };

    public RpcException? EndCallEarlyWith { get; set; }

    /// <summary>With <see cref="EndCallEarlyWith"/>: writes never finish, as with HTTP/2 flow control closed by a server that stopped reading.</summary>
    public bool WritesHangAfterTheAnswer { get; set; }

    public RpcException? FailCallWith { get; set; }

    public List<UploadSourceRequest> Messages { get; } = [];

    public int Calls { get; private set; }

    /// <summary>The "authorization" header of the last call.</summary>
    public string? Authorization { get; private set; }

    public static RpcException Failure(StatusCode code, string detail = "") => new(new Status(code, detail));

    public override AsyncClientStreamingCall<UploadSourceRequest, UploadSourceResponse> UploadSource(CallOptions options)
    {
        Calls++;
        Authorization = options.Headers?.GetValue("authorization");
        if (FailCallWith is { } refused)
        {
            // As the resilience interceptor does when the circuit is open.
            throw refused;
        }

        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = new RecordingWriter(Messages, completed, () => EndCallEarlyWith, () => WritesHangAfterTheAnswer);
        var response = Answer(completed.Task);
        return new AsyncClientStreamingCall<UploadSourceRequest, UploadSourceResponse>(
            writer,
            response,
            Task.FromResult(new Metadata()),
            () => response.IsCompletedSuccessfully ? Status.DefaultSuccess : ((RpcException)response.Exception!.InnerException!).Status,
            () => [],
            () => { });
    }

    private async Task<UploadSourceResponse> Answer(Task completed)
    {
        if (EndCallEarlyWith is { } answer)
        {
            await Task.Yield();
            throw answer;
        }

        await completed;
        return Respond(Messages);
    }

    private sealed class RecordingWriter(
        List<UploadSourceRequest> messages, TaskCompletionSource completed, Func<RpcException?> failure, Func<bool> hang) : IClientStreamWriter<UploadSourceRequest>
    {
        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(UploadSourceRequest message) => WriteAsync(message, CancellationToken.None);

        public Task WriteAsync(UploadSourceRequest message, CancellationToken cancellationToken)
        {
            if (failure() is not null && hang())
            {
                return new TaskCompletionSource().Task;
            }

            if (failure() is not null)
            {
                return Task.FromException(new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client.")));
            }

            messages.Add(message);
            return Task.CompletedTask;
        }

        public Task CompleteAsync()
        {
            completed.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
