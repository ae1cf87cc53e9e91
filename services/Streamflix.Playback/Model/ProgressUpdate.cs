namespace Streamflix.Playback.Model;

/// <summary>What one saved position means: finished or not, and which events it is worth.</summary>
public sealed record ProgressUpdate(bool Finished, bool PublishProgress, bool PublishCompleted);
