namespace Streamflix.Web.Playback;

/// <summary>What player.js reports on each heartbeat: where it is, at which height, from which edge.</summary>
/// <param name="RebufferCount">"waiting" events after the first "playing", since the page started the player.</param>
public sealed record HeartbeatReport(double PositionSeconds, int Height, int RebufferCount, string? Edge);

/// <summary>
/// The answer to a heartbeat. <see cref="Restart"/>: the session had ended and a new one began;
/// continue with its URLs. <see cref="Problem"/>: stop, and show why. <see cref="RenewSignIn"/>:
/// the circuit's access token is about to expire; the browser should renew the sign-in cookie.
/// </summary>
public sealed record HeartbeatAnswer(PlayerManifest? Restart = null, PlaybackProblem? Problem = null, bool RenewSignIn = false)
{
    public static readonly HeartbeatAnswer Continue = new();
}
