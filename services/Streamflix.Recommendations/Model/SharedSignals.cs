namespace Streamflix.Recommendations.Model;

/// <summary>
/// What every profile's rows share: the catalogue, genre names, trending scores (decayed to now) and
/// all-time plays. Read once and reused for a few seconds by every profile's rebuild.
/// </summary>
public sealed record SharedSignals(
    IReadOnlyDictionary<string, CatalogTitle> Titles,
    IReadOnlyDictionary<string, string> GenreNames,
    IReadOnlyDictionary<string, double> Trending,
    IReadOnlyDictionary<string, long> Plays)
{
    public double TrendingOf(string titleId) => Trending.GetValueOrDefault(titleId);

    public long PlaysOf(string titleId) => Plays.GetValueOrDefault(titleId);

    /// <summary>The genre's display name; a slug nobody named yet reads as words ("sci-fi" → "Sci Fi").</summary>
    public string GenreName(string genreId) =>
        GenreNames.TryGetValue(genreId, out var name) && !string.IsNullOrWhiteSpace(name) ? name : Humanize(genreId);

    private static string Humanize(string slug) =>
        string.Join(' ', slug.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
