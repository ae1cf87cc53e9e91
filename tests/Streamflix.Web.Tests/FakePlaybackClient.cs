using Grpc.Core;
using Streamflix.Playback.Contracts;

namespace Streamflix.Web.Tests;

/// <summary>
/// An in-process stand-in for playback: each RPC answers from the function set for it (a
/// response, or a thrown <see cref="RpcException"/>). Every call is recorded with its request and
/// the "authorization" header it carried.
/// </summary>
internal sealed class FakePlaybackClient : PlaybackService.PlaybackServiceClient
{
    public Func<StartPlaybackRequest, PlaybackManifest> OnStart { get; set; } = _ => throw Unset();
    public Func<HeartbeatRequest, HeartbeatResponse> OnHeartbeat { get; set; } = _ => new HeartbeatResponse();
    public Func<StopPlaybackRequest, Google.Protobuf.WellKnownTypes.Empty> OnStop { get; set; } = _ => new();
    public Func<GetContinueWatchingRequest, GetContinueWatchingResponse> OnContinueWatching { get; set; } = _ => throw Unset();

    /// <summary>How long each heartbeat takes to answer; zero answers at once.</summary>
    public TimeSpan HeartbeatDelay { get; set; }

    public List<(string Method, object Request, string? Authorization)> Calls { get; } = [];

    public IEnumerable<T> RequestsTo<T>(string method) => Calls.Where(c => c.Method == method).Select(c => (T)c.Request);

    public override AsyncUnaryCall<PlaybackManifest> StartPlaybackAsync(StartPlaybackRequest request, CallOptions options) =>
        Record(nameof(StartPlayback), request, options, () => OnStart(request));

    public override AsyncUnaryCall<HeartbeatResponse> HeartbeatAsync(HeartbeatRequest request, CallOptions options)
    {
        if (HeartbeatDelay <= TimeSpan.Zero)
        {
            return Record(nameof(Heartbeat), request, options, () => OnHeartbeat(request));
        }
        lock (Calls)
        {
            Calls.Add((nameof(Heartbeat), request, FakeAccountsClient.AuthorizationOf(options)));
        }
        return FakeUnaryCall.From(AnswerLaterAsync(() => OnHeartbeat(request)));
    }

    public override AsyncUnaryCall<Google.Protobuf.WellKnownTypes.Empty> StopPlaybackAsync(StopPlaybackRequest request, CallOptions options) =>
        Record(nameof(StopPlayback), request, options, () => OnStop(request));

    public override AsyncUnaryCall<GetContinueWatchingResponse> GetContinueWatchingAsync(GetContinueWatchingRequest request, CallOptions options) =>
        Record(nameof(GetContinueWatching), request, options, () => OnContinueWatching(request));

    private AsyncUnaryCall<T> Record<T>(string method, object request, CallOptions options, Func<T> respond)
    {
        lock (Calls)
        {
            Calls.Add((method, request, FakeAccountsClient.AuthorizationOf(options)));
        }
        return FakeUnaryCall.Answer(respond);
    }

    private async Task<T> AnswerLaterAsync<T>(Func<T> respond)
    {
        await Task.Delay(HeartbeatDelay);
        return respond();
    }

    private static RpcException Unset() => FakeUnaryCall.Failure(StatusCode.Unimplemented, "not set up in this test");
}
