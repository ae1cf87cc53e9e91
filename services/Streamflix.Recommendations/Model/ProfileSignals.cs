namespace Streamflix.Recommendations.Model;

/// <summary>
/// What is known about one profile when its rows are built: its history (most recent first), its
/// genre affinities (already decayed to now) and the co-occurrence neighbours of its recent titles.
/// </summary>
public sealed record ProfileSignals(
    bool IsKids,
    IReadOnlyList<WatchedTitle> History,
    IReadOnlyDictionary<string, double> GenreAffinity,
    IReadOnlyDictionary<string, IReadOnlyList<Neighbour>> Neighbours)
{
    /// <summary>How many of the most recent titles seed "Top picks" and have their neighbours loaded.</summary>
    public const int RecentSeeds = 20;

    public bool IsColdStart => History.Count == 0;

    public static ProfileSignals ColdStart(bool isKids) =>
        new(isKids, [], new Dictionary<string, double>(), new Dictionary<string, IReadOnlyList<Neighbour>>());
}
