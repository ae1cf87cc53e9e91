namespace Streamflix.Web.Playback;

/// <summary>Pressing Play: a manifest to play, or the reason there is none.</summary>
public sealed record PlaybackStart(PlayerManifest? Manifest, PlaybackProblem? Problem)
{
    public static PlaybackStart Started(PlayerManifest manifest) => new(manifest, null);

    public static PlaybackStart Refused(PlaybackProblem problem) => new(null, problem);
}
