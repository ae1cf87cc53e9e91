using Streamflix.EventBus;

namespace Streamflix.Catalog.Events;

// The catalog's own event contract (recommendations consumes it). Consumers link this file.
// Published through the catalog outbox in the transaction of the change.

/// <summary>A title became playable (its first ladder is on origin) or was re-encoded.</summary>
public sealed record TitlePublished(
    string TitleId,
    string Name,
    IReadOnlyList<string> GenreIds,
    bool IsKids,
    int ReleaseYear,
    double DurationSeconds) : IntegrationEvent;

/// <summary>An admin changed a title's metadata (name, synopsis, year, genres, rating).</summary>
public sealed record TitleUpdated(
    string TitleId,
    string Name,
    IReadOnlyList<string> GenreIds,
    bool IsKids,
    int ReleaseYear) : IntegrationEvent;
