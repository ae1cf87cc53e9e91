namespace Streamflix.Playback.Model;

/// <summary>Where a title's video stands (the catalog's media status, in the model's words).</summary>
public enum MediaState
{
    None,
    Queued,
    Encoding,
    Ready,
    Failed,
}
