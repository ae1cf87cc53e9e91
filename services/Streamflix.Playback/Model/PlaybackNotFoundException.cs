namespace Streamflix.Playback.Model;

/// <summary>
/// Something the caller named does not exist for them. Another account's profile or session is
/// reported exactly like an unknown one, so ids cannot be probed.
/// </summary>
public sealed class PlaybackNotFoundException(string message) : Exception(message)
{
    public static PlaybackNotFoundException Profile() => new("No such profile on your account.");

    public static PlaybackNotFoundException Session() => new("No such playback session.");
}
