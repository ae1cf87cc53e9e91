namespace Streamflix.Catalog.Model;

public sealed class Title
{
    /// <summary>Slug, e.g. "the-long-night".</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Synopsis { get; set; }

    public int ReleaseYear { get; set; }

    public required string MaturityRating { get; set; }

    public int RuntimeMinutes { get; set; }

    public List<string> Cast { get; set; } = [];

    public required Poster Poster { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Genre> Genres { get; } = [];

    public TitleMedia Media { get; private set; } = new();

    public bool IsKids => MaturityRatings.IsKids(MaturityRating);

    /// <summary>
    /// Applies the fields an update sets. Returns whether anything changed, so that a repeated
    /// update neither moves <see cref="UpdatedAt"/> nor invalidates caches (the call is idempotent).
    /// </summary>
    public bool Apply(TitleUpdate update, DateTimeOffset now)
    {
        var changed = false;
        if (update.Name is { } name && name != Name) { Name = name; changed = true; }
        if (update.Synopsis is { } synopsis && synopsis != Synopsis) { Synopsis = synopsis; changed = true; }
        if (update.ReleaseYear is { } year && year != ReleaseYear) { ReleaseYear = year; changed = true; }
        if (update.MaturityRating is { } rating && rating != MaturityRating) { MaturityRating = rating; changed = true; }
        if (update.RuntimeMinutes is { } runtime && runtime != RuntimeMinutes) { RuntimeMinutes = runtime; changed = true; }

        if (changed)
        {
            UpdatedAt = now;
        }

        return changed;
    }
}
