namespace Streamflix.Catalog.Model;

/// <summary>
/// A parsed search: lower-cased distinct words, every one of which must occur in the title's name
/// or in the name of one of its genres. <see cref="Matches"/> states the rule; the database query
/// (Data/CatalogReader) applies the same rule with ILIKE over <see cref="LikePatterns"/>.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;

    // Each word adds a predicate to the SQL query; a bound keeps a hostile query cheap.
    public const int MaxWords = 10;

    // Escape character for LIKE patterns; passed to ILIKE explicitly so no server setting matters.
    public const string LikeEscape = "\\";

    private SearchQuery(IReadOnlyList<string> words) => Words = words;

    /// <summary>Distinct, lower-cased, sorted: "Night city" and "CITY night" are the same search.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>One "%word%" pattern per word, with the user's % and _ taken literally.</summary>
    public IReadOnlyList<string> LikePatterns => [.. Words.Select(word => "%" + EscapeLike(word) + "%")];

    public static SearchQuery Parse(string? query, string field = "query")
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new CatalogValidationException($"{field} is required (1 to {MaxLength} characters).");
        }

        if (query.Length > MaxLength)
        {
            throw new CatalogValidationException($"{field} must be at most {MaxLength} characters; got {query.Length}.");
        }

        // Punctuation around a word ("night," or "\"noir\"") is how people type, not part of the word.
        var words = query
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(TrimmedPunctuation).ToLowerInvariant())
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        if (words.Count == 0)
        {
            throw new CatalogValidationException($"{field} must contain at least one word.");
        }

        if (words.Count > MaxWords)
        {
            throw new CatalogValidationException($"{field} must have at most {MaxWords} words; got {words.Count}.");
        }

        return new SearchQuery(words);
    }

    public bool Matches(string titleName, IEnumerable<string> genreNames)
    {
        var genres = genreNames as IReadOnlyCollection<string> ?? [.. genreNames];
        return Words.All(word =>
            titleName.Contains(word, StringComparison.OrdinalIgnoreCase)
            || genres.Any(genre => genre.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    public static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    private static readonly char[] TrimmedPunctuation = ['"', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']'];

    public override string ToString() => string.Join(' ', Words);
}
