namespace Streamflix.Playback.Redis;

/// <summary>Whether a stream slot was taken; when not, how many live leases filled the plan.</summary>
public sealed record LeaseAcquisition(bool Acquired, int LiveLeases);
