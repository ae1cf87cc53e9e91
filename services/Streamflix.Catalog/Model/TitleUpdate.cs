namespace Streamflix.Catalog.Model;

/// <summary>
/// A validated change to a title: null fields are left as they are. Only <see cref="Create"/> makes
/// one, so an invalid update never reaches the database.
/// </summary>
public sealed record TitleUpdate
{
    public const int MaxNameLength = 200;
    public const int MaxSynopsisLength = 4000;
    public const int MaxRuntimeMinutes = 1000;

    // The first films (Roundhay Garden Scene) date from 1888; a few years ahead allows announced titles.
    public const int FirstReleaseYear = 1888;
    public const int YearsAhead = 5;

    private TitleUpdate(string id) => Id = id;

    public string Id { get; }
    public string? Name { get; private init; }
    public string? Synopsis { get; private init; }
    public int? ReleaseYear { get; private init; }
    public string? MaturityRating { get; private init; }
    public int? RuntimeMinutes { get; private init; }

    /// <summary>Validates every set field and reports all problems at once.</summary>
    public static TitleUpdate Create(
        string? id,
        string? name,
        string? synopsis,
        int? releaseYear,
        string? maturityRating,
        int? runtimeMinutes,
        int currentYear)
    {
        var validId = CatalogIds.Require(id, "id");
        var problems = new List<string>();

        var trimmedName = name?.Trim();
        if (trimmedName is not null && (trimmedName.Length is 0 || trimmedName.Length > MaxNameLength))
        {
            problems.Add($"name must be 1 to {MaxNameLength} characters (not blank)");
        }

        var trimmedSynopsis = synopsis?.Trim();
        if (trimmedSynopsis is not null && trimmedSynopsis.Length > MaxSynopsisLength)
        {
            problems.Add($"synopsis must be at most {MaxSynopsisLength} characters; got {trimmedSynopsis.Length}");
        }

        var lastYear = currentYear + YearsAhead;
        if (releaseYear is { } year && (year < FirstReleaseYear || year > lastYear))
        {
            problems.Add($"release_year must be between {FirstReleaseYear} and {lastYear}; got {year}");
        }

        string? rating = null;
        if (maturityRating is not null)
        {
            rating = MaturityRatings.Normalize(maturityRating);
            if (rating is null)
            {
                problems.Add($"maturity_rating must be one of {string.Join(", ", MaturityRatings.Known)}; got '{(maturityRating.Length > 16 ? maturityRating[..16] + "…" : maturityRating)}'");
            }
        }

        if (runtimeMinutes is { } runtime && (runtime < 1 || runtime > MaxRuntimeMinutes))
        {
            problems.Add($"runtime_minutes must be between 1 and {MaxRuntimeMinutes}; got {runtime}");
        }

        if (problems.Count > 0)
        {
            throw new CatalogValidationException(string.Join("; ", problems) + ".");
        }

        return new TitleUpdate(validId)
        {
            Name = trimmedName,
            Synopsis = trimmedSynopsis,
            ReleaseYear = releaseYear,
            MaturityRating = rating,
            RuntimeMinutes = runtimeMinutes,
        };
    }
}
