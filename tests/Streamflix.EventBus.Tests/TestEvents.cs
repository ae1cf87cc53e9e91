using Streamflix.EventBus;

namespace Streamflix.EventBus.Tests;

// One event type per broker test: the exchange is shared, so distinct routing keys keep the
// tests' queues from receiving each other's messages.
public sealed record EncodeRequested(Guid TitleId, string SourcePath, int[] Heights) : IntegrationEvent;

public sealed record TitleViewed(Guid TitleId) : IntegrationEvent;

public sealed record FlakyWorkRequested(int Number) : IntegrationEvent;

public sealed record DoomedWorkRequested(int Number) : IntegrationEvent;

public sealed record MalformedCandidate(int Number) : IntegrationEvent;

public sealed record PrioritizedJob(string Label) : IntegrationEvent;

public sealed record ReconnectProbe(int Number) : IntegrationEvent;
