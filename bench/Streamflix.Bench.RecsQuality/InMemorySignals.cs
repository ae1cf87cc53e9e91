using Streamflix.Recommendations.Model;

namespace Streamflix.Bench.RecsQuality;

/// <summary>
/// The service's durable signals kept in memory, updated by the same rules as its database writer
/// (one play per start, co-occurrence on a profile's first start of a title with its 50 most recent
/// others, decayed trending, +1 / +2 genre affinity on start / completion), and read back into the
/// same model inputs. Lets the offline evaluation train the real model without Postgres.
/// </summary>
public sealed class InMemorySignals(TimeSpan trendingHalfLife, TimeSpan affinityHalfLife)
{
    private sealed class Watched
    {
        public DateTimeOffset LastWatchedAt { get; set; }
        public int Plays { get; set; }
        public bool Finished { get; set; }
    }

    private readonly Dictionary<string, CatalogTitle> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Dictionary<string, Watched>> history = [];
    private readonly Dictionary<string, Dictionary<string, double>> coOccurrence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Score, DateTimeOffset AsOf)> trending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> plays = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Dictionary<string, (double Weight, DateTimeOffset AsOf)>> affinity = [];

    public void AddTitle(CatalogTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        titles[title.Id] = title;
    }

    public void Start(Guid profileId, string titleId, DateTimeOffset at)
    {
        var watched = WatchedOf(profileId, titleId, at);
        watched.Plays++;
        if (watched.Plays == 1)
        {
            var recent = history[profileId]
                .Where(h => h.Key != titleId)
                .OrderByDescending(h => h.Value.LastWatchedAt)
                .ThenBy(h => h.Key, StringComparer.Ordinal)
                .Select(h => h.Key)
                .Take(CoOccurrencePairs.RecentTitlesPaired);
            foreach (var (a, b) in CoOccurrencePairs.ForFirstStart(titleId, recent))
            {
                if (!coOccurrence.TryGetValue(a, out var row))
                {
                    coOccurrence[a] = row = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                row[b] = row.GetValueOrDefault(b) + 1;
            }
        }

        var (score, asOf) = trending.GetValueOrDefault(titleId, (0d, at));
        trending[titleId] = DecayingScore.Add(score, asOf, 1, at, trendingHalfLife);
        plays[titleId] = plays.GetValueOrDefault(titleId) + 1;
        AddAffinity(profileId, titleId, 1, at);
    }

    public void Complete(Guid profileId, string titleId, DateTimeOffset at)
    {
        WatchedOf(profileId, titleId, at).Finished = true;
        AddAffinity(profileId, titleId, 2, at);
    }

    public SharedSignals Shared(DateTimeOffset now) => new(
        titles,
        new Dictionary<string, string>(),
        trending.ToDictionary(t => t.Key, t => DecayingScore.ValueAt(t.Value.Score, t.Value.AsOf, now, trendingHalfLife), StringComparer.Ordinal),
        plays);

    public ProfileSignals Profile(Guid profileId, bool isKids, DateTimeOffset now)
    {
        if (!history.TryGetValue(profileId, out var watched) || watched.Count == 0)
        {
            return ProfileSignals.ColdStart(isKids);
        }

        var ordered = watched
            .OrderByDescending(w => w.Value.LastWatchedAt)
            .ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new WatchedTitle(w.Key, w.Value.LastWatchedAt, w.Value.Finished))
            .ToList();
        var neighbours = ordered
            .Take(ProfileSignals.RecentSeeds)
            .Where(w => coOccurrence.ContainsKey(w.TitleId))
            .ToDictionary(
                w => w.TitleId,
                w => (IReadOnlyList<Neighbour>)coOccurrence[w.TitleId]
                    .OrderByDescending(n => n.Value)
                    .ThenBy(n => n.Key, StringComparer.Ordinal)
                    .Take(100)
                    .Select(n => new Neighbour(n.Key, n.Value))
                    .ToList(),
                StringComparer.Ordinal);
        var tastes = affinity.GetValueOrDefault(profileId)?
            .ToDictionary(a => a.Key, a => DecayingScore.ValueAt(a.Value.Weight, a.Value.AsOf, now, affinityHalfLife), StringComparer.Ordinal)
            ?? new Dictionary<string, double>(StringComparer.Ordinal);
        return new ProfileSignals(isKids, ordered, tastes, neighbours);
    }

    private Watched WatchedOf(Guid profileId, string titleId, DateTimeOffset at)
    {
        if (!history.TryGetValue(profileId, out var watched))
        {
            history[profileId] = watched = new Dictionary<string, Watched>(StringComparer.Ordinal);
        }

        if (!watched.TryGetValue(titleId, out var entry))
        {
            watched[titleId] = entry = new Watched { LastWatchedAt = at };
        }

        entry.LastWatchedAt = entry.LastWatchedAt > at ? entry.LastWatchedAt : at;
        return entry;
    }

    private void AddAffinity(Guid profileId, string titleId, double amount, DateTimeOffset at)
    {
        if (!titles.TryGetValue(titleId, out var title))
        {
            return;
        }

        if (!affinity.TryGetValue(profileId, out var tastes))
        {
            affinity[profileId] = tastes = new Dictionary<string, (double, DateTimeOffset)>(StringComparer.Ordinal);
        }

        foreach (var genre in title.GenreIds.Distinct(StringComparer.Ordinal))
        {
            var (weight, asOf) = tastes.GetValueOrDefault(genre, (0d, at));
            tastes[genre] = DecayingScore.Add(weight, asOf, amount, at, affinityHalfLife);
        }
    }
}
