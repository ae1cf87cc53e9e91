using Grpc.Core;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Playback;

/// <summary>
/// One viewer watching one title on the player page: starts the playback session, keeps its
/// lease with heartbeats, starts a new session when the service says the old one ended, and
/// stops it when the viewer leaves. Calls are serialized: a timer heartbeat and a pause
/// heartbeat arriving together must not both start a replacement session.
/// </summary>
public sealed class PlayerSession(
    PlaybackService.PlaybackServiceClient playback,
    CircuitAccessToken accessToken,
    ILogger<PlayerSession> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string _profileId = "";
    private string _titleId = "";
    private bool _stopped = true;

    /// <summary>The session playing now (after a restart, the new one).</summary>
    public PlayerManifest? Manifest { get; private set; }

    /// <summary>The last position the browser reported, sent with StopPlayback.</summary>
    public double LastPositionSeconds { get; private set; }

    public bool IsActive => !_stopped && Manifest is not null;

    public async Task<PlaybackStart> StartAsync(string profileId, string titleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(profileId);
        ArgumentException.ThrowIfNullOrEmpty(titleId);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsActive)
            {
                throw new InvalidOperationException("A session is playing: stop it before starting another.");
            }
            _profileId = profileId;
            _titleId = titleId;
            Manifest = null;
            LastPositionSeconds = 0;
            return await RequestAsync(resumeAt: null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<HeartbeatAnswer> HeartbeatAsync(HeartbeatReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsActive)
            {
                return HeartbeatAnswer.Continue;
            }
            LastPositionSeconds = PlaybackPosition.Clean(report.PositionSeconds);
            try
            {
                await playback.HeartbeatAsync(new HeartbeatRequest
                {
                    SessionId = Manifest!.SessionId,
                    PositionSeconds = LastPositionSeconds,
                    RenditionHeight = Math.Max(0, report.Height),
                    RebufferCount = Math.Max(0, report.RebufferCount),
                    Edge = report.Edge ?? "",
                }, await accessToken.AuthorizationAsync(), cancellationToken: cancellationToken);
                return HeartbeatAnswer.Continue;
            }
            catch (RpcException exception) when (PlaybackRefusals.ReasonOf(exception) == PlaybackRefusals.SessionEnded)
            {
                // The lease lapsed (a long network gap, a suspended laptop) or the session was
                // stopped elsewhere: press Play again, and go on from where the viewer is.
                logger.LogInformation("Playback session {SessionId} ended; starting a new one at {Position:0.0}s",
                    Manifest!.SessionId, LastPositionSeconds);
                var restart = await RequestAsync(LastPositionSeconds, cancellationToken);
                if (restart.Manifest is { } manifest)
                {
                    return new HeartbeatAnswer(Restart: manifest);
                }
                _stopped = true;
                return new HeartbeatAnswer(Problem: restart.Problem);
            }
            catch (RpcException exception)
            {
                // One missed heartbeat costs nothing: the lease outlives several, and if it
                // lapses meanwhile the next heartbeat hears SESSION_ENDED and starts anew.
                Log(exception, nameof(PlaybackService.PlaybackServiceClient.Heartbeat));
                return HeartbeatAnswer.Continue;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Frees the stream slot and saves the position. Best effort: a failure is logged, and the
    /// lease expires on its own. Does nothing when no session plays.
    /// </summary>
    public async Task StopAsync(double? positionSeconds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsActive)
            {
                return;
            }
            _stopped = true;
            if (positionSeconds is { } position)
            {
                LastPositionSeconds = PlaybackPosition.Clean(position);
            }
            await playback.StopPlaybackAsync(new StopPlaybackRequest
            {
                SessionId = Manifest!.SessionId,
                PositionSeconds = LastPositionSeconds,
            }, await accessToken.AuthorizationAsync(), cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(PlaybackService.PlaybackServiceClient.StopPlayback));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<PlaybackStart> RequestAsync(double? resumeAt, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await playback.StartPlaybackAsync(new StartPlaybackRequest
            {
                ProfileId = _profileId,
                TitleId = _titleId,
                // Empty: the service picks the region; the site knows nothing better yet.
                Region = "",
            }, await accessToken.AuthorizationAsync(), cancellationToken: cancellationToken);
            var player = PlayerManifest.From(manifest, resumeAt);
            if (player.Edges.Count == 0)
            {
                // A manifest without a URL cannot play; the service should have said NO_EDGE.
                logger.LogWarning("Playback granted session {SessionId} without an edge URL", manifest.SessionId);
                _stopped = true;
                await ReleaseAsync(manifest.SessionId, cancellationToken);
                return PlaybackStart.Refused(PlaybackRefusals.Describe(PlaybackRefusals.NoEdge));
            }
            Manifest = player;
            LastPositionSeconds = player.ResumeSeconds;
            _stopped = false;
            return PlaybackStart.Started(player);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(PlaybackService.PlaybackServiceClient.StartPlayback));
            return PlaybackStart.Refused(PlaybackRefusals.Describe(exception));
        }
    }

    private async Task ReleaseAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = sessionId },
                await accessToken.AuthorizationAsync(), cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            Log(exception, nameof(PlaybackService.PlaybackServiceClient.StopPlayback));
        }
    }

    private void Log(RpcException exception, string method) =>
        logger.LogWarning("Playback {Method} failed with {StatusCode} ({Reason}): {Detail}",
            method, exception.StatusCode, PlaybackRefusals.ReasonOf(exception) ?? "no reason", exception.Status.Detail);
}
