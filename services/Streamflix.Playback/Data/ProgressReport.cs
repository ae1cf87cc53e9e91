namespace Streamflix.Playback.Data;

/// <summary>A position from the player; the details are null when the call carries none (a stop).</summary>
public sealed record ProgressReport(double PositionSeconds, int? RenditionHeight, int? RebufferCount, string? Edge);
