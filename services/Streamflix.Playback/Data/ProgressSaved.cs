namespace Streamflix.Playback.Data;

/// <summary>The outcome of saving a position: false when the session had already ended (nothing was written).</summary>
public sealed record ProgressSaved(bool Saved, bool Finished);
