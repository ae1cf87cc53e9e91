using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Events;

/// <summary>The catalog events a title's changes publish (through the outbox, with the change).</summary>
public static class TitleEvents
{
    /// <summary>The title is playable: its first ladder, or a re-encode, is on origin.</summary>
    public static TitlePublished Published(Title title, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new TitlePublished(title.Id, title.Name, GenreIds(title), title.IsKids, title.ReleaseYear, title.Media.DurationSeconds)
        {
            OccurredAt = now,
        };
    }

    /// <summary>An admin changed the title's metadata; the event carries the values after the change.</summary>
    public static TitleUpdated Updated(Title title, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new TitleUpdated(title.Id, title.Name, GenreIds(title), title.IsKids, title.ReleaseYear)
        {
            OccurredAt = now,
        };
    }

    // The order every catalog read uses (home-row order), so that consumers see a title's main genre first.
    private static List<string> GenreIds(Title title) =>
        [.. title.Genres.OrderBy(genre => genre.DisplayOrder).ThenBy(genre => genre.Id, StringComparer.Ordinal).Select(genre => genre.Id)];
}
