using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;
using Streamflix.ServiceDefaults.RateLimiting;
using Streamflix.Playback.Contracts;
using Streamflix.Playback.Data;
using Streamflix.Playback.Model;
using Streamflix.Playback.Sessions;
using Streamflix.Playback.Upstream;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Playback.Grpc;

/// <summary>
/// The PlaybackService contract: the caller from the token, validate, delegate, map. Every RPC works
/// on the caller's own profiles and sessions only. Errors: PlaybackErrorInterceptor.
/// </summary>
public sealed class PlaybackGrpcService(
    SessionStarter starter,
    SessionTracker tracker,
    ProfileDirectory profiles,
    PlaybackReader reader) : PlaybackService.PlaybackServiceBase
{
    public const int MaxContinueWatching = 50;
    public const int DefaultContinueWatching = 20;
    public const int MaxHistory = 100;
    public const int DefaultHistory = 50;

    [EnableRateLimiting(RateLimitPolicies.PlaybackStart)]
    public override async Task<PlaybackManifest> StartPlayback(StartPlaybackRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var (profileId, titleId, region) = PlaybackInput.StartRequest(request.ProfileId, request.TitleId, request.Region);
        var playback = await starter.StartAsync(
            accountId, profileId, titleId, region, context.ForwardedAuthorization(), context.CancellationToken);
        return playback.ToManifest();
    }

    public override async Task<HeartbeatResponse> Heartbeat(HeartbeatRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var sessionId = PlaybackInput.SessionId(request.SessionId);
        var (renditionHeight, rebufferCount, edge) = PlaybackInput.HeartbeatDetails(request.RenditionHeight, request.RebufferCount, request.Edge);
        var leaseExpiresAt = await tracker.HeartbeatAsync(
            accountId, sessionId, request.PositionSeconds, renditionHeight, rebufferCount, edge, context.CancellationToken);
        return new HeartbeatResponse { LeaseExpiresAt = Timestamp.FromDateTimeOffset(leaseExpiresAt) };
    }

    public override async Task<Empty> StopPlayback(StopPlaybackRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var sessionId = PlaybackInput.SessionId(request.SessionId);
        await tracker.StopAsync(accountId, sessionId, request.PositionSeconds, context.CancellationToken);
        return new Empty();
    }

    public override async Task<GetContinueWatchingResponse> GetContinueWatching(GetContinueWatchingRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var profileId = PlaybackInput.ProfileId(request.ProfileId);
        var limit = PlaybackInput.Limit(request.Limit, MaxContinueWatching, DefaultContinueWatching);
        await profiles.RequireOwnAsync(accountId, profileId, context.ForwardedAuthorization(), context.CancellationToken);

        var items = await reader.ContinueWatchingAsync(profileId, limit, context.CancellationToken);
        return new GetContinueWatchingResponse { Items = { items.Select(item => item.ToContract()) } };
    }

    public override async Task<GetViewingHistoryResponse> GetViewingHistory(GetViewingHistoryRequest request, ServerCallContext context)
    {
        var accountId = context.RequireAccountId();
        var profileId = PlaybackInput.ProfileId(request.ProfileId);
        var limit = PlaybackInput.Limit(request.Limit, MaxHistory, DefaultHistory);
        await profiles.RequireOwnAsync(accountId, profileId, context.ForwardedAuthorization(), context.CancellationToken);

        var items = await reader.HistoryAsync(profileId, limit, context.CancellationToken);
        return new GetViewingHistoryResponse { Items = { items.Select(item => item.ToContract()) } };
    }
}
