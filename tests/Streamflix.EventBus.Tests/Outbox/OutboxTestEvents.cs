namespace Streamflix.EventBus.Tests.Outbox;

// One event type per test: the exchange is shared, so distinct routing keys keep each test's
// queue free of the others' messages.
public sealed record NoteStoredOnce(Guid NoteId) : IntegrationEvent;

public sealed record NoteRolledBack(Guid NoteId) : IntegrationEvent;

public sealed record NoteDuringOutage(int Number) : IntegrationEvent;

public sealed record NoteForTwoRelays(int Number) : IntegrationEvent;

public sealed record NoteToApply(string Text) : IntegrationEvent;

public sealed record NoteApplied(Guid NoteId) : IntegrationEvent;

public sealed record NoteToReplay(string Text) : IntegrationEvent;

public sealed record HeaderProbe(int Number) : IntegrationEvent;
