using Streamflix.EventBus;

namespace Streamflix.Playback.Events;

// The playback service's event contract (recommendations consumes it). Consumers link this file.
// All are published through the playback outbox in the transaction of the change they describe.

/// <summary>A profile started watching a title.</summary>
public sealed record PlaybackStarted(Guid SessionId, Guid AccountId, Guid ProfileId, string TitleId, double ResumePositionSeconds) : IntegrationEvent;

/// <summary>Sampled progress (not every heartbeat): at most one per session per sampling interval.</summary>
public sealed record PlaybackProgressed(Guid SessionId, Guid AccountId, Guid ProfileId, string TitleId, double PositionSeconds, double DurationSeconds) : IntegrationEvent;

/// <summary>The profile reached the end of the title (or close enough to count as finished).</summary>
public sealed record PlaybackCompleted(Guid SessionId, Guid AccountId, Guid ProfileId, string TitleId, double DurationSeconds) : IntegrationEvent;
