using Microsoft.JSInterop;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Playback;

/// <summary>
/// What player.js calls back through a DotNetObjectReference. Heartbeats go to the session;
/// a replacement session or a reason to stop is also told to the page, which renders it.
/// </summary>
public sealed class PlayerBridge(
    PlayerSession session,
    CircuitAccessToken accessToken,
    Func<HeartbeatAnswer, Task> onChange,
    CancellationToken leaving)
{
    [JSInvokable]
    public async Task<HeartbeatAnswer> Heartbeat(HeartbeatReport report)
    {
        var answer = await session.HeartbeatAsync(report, leaving);
        if (answer.Restart is not null || answer.Problem is not null)
        {
            await onChange(answer);
        }
        var interval = TimeSpan.FromSeconds(session.Manifest?.HeartbeatIntervalSeconds ?? PlayerManifest.DefaultHeartbeatIntervalSeconds);
        return answer with { RenewSignIn = answer.Problem is null && await accessToken.RenewalDueAsync(interval) };
    }

    /// <summary>The browser tried every edge of the manifest and none served the video.</summary>
    [JSInvokable]
    public async Task AllEdgesFailed(double positionSeconds)
    {
        await session.StopAsync(positionSeconds, leaving);
        await onChange(new HeartbeatAnswer(Problem: PlaybackRefusals.Describe(PlaybackRefusals.AllEdgesFailed)));
    }
}
