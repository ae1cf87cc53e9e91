namespace Streamflix.Recommendations.Model;

/// <summary>
/// "Top picks": item-to-item collaborative filtering over co-occurrence, plus a little genre
/// affinity and trending. A candidate's co-occurrence with each recent title is divided by
/// √(plays of the seed · plays of the candidate) (cosine-like), otherwise the most played titles
/// co-occur with everything and would top every profile's list. More recent seeds weigh a little more.
/// </summary>
public static class TopPicksScorer
{
    public const double AffinityFactor = 0.3;
    public const double TrendingFactor = 0.1;
    private const double SeedRecencyDecay = 0.1;

    public sealed record Pick(string TitleId, double Score);

    /// <summary>Every eligible candidate with its score, best first, ties by title id.</summary>
    public static IReadOnlyList<Pick> Rank(ProfileSignals profile, SharedSignals shared, Func<CatalogTitle, bool> eligible)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(eligible);

        var collaborative = new Dictionary<string, double>(StringComparer.Ordinal);
        var seeds = profile.History.Take(ProfileSignals.RecentSeeds).ToList();
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i].TitleId;
            if (!profile.Neighbours.TryGetValue(seed, out var neighbours))
            {
                continue;
            }

            var seedWeight = 1d / (1d + SeedRecencyDecay * i);
            var seedPlays = shared.PlaysOf(seed) + 1d;
            foreach (var neighbour in neighbours)
            {
                var similarity = neighbour.Weight / Math.Sqrt(seedPlays * (shared.PlaysOf(neighbour.TitleId) + 1d));
                collaborative[neighbour.TitleId] = collaborative.GetValueOrDefault(neighbour.TitleId) + seedWeight * similarity;
            }
        }

        var maxCollaborative = collaborative.Count == 0 ? 0d : collaborative.Values.Max();
        var maxAffinity = profile.GenreAffinity.Count == 0 ? 0d : profile.GenreAffinity.Values.Max();
        var maxTrending = shared.Trending.Count == 0 ? 0d : shared.Trending.Values.Max();

        var picks = new List<Pick>();
        foreach (var title in shared.Titles.Values)
        {
            if (!eligible(title))
            {
                continue;
            }

            var score = 0d;
            if (maxCollaborative > 0)
            {
                score += collaborative.GetValueOrDefault(title.Id) / maxCollaborative;
            }

            if (maxAffinity > 0)
            {
                var affinity = title.GenreIds.Select(g => profile.GenreAffinity.GetValueOrDefault(g)).DefaultIfEmpty(0d).Max();
                score += AffinityFactor * affinity / maxAffinity;
            }

            if (maxTrending > 0)
            {
                score += TrendingFactor * shared.TrendingOf(title.Id) / maxTrending;
            }

            if (score > 0)
            {
                picks.Add(new Pick(title.Id, score));
            }
        }

        return picks
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.TitleId, StringComparer.Ordinal)
            .ToList();
    }
}
