using Streamflix.Recommendations.Model;

namespace Streamflix.Recommendations.Tests;

/// <summary>Builds model inputs for tests: a small catalogue, plays, trending, a profile's history.</summary>
internal sealed class Signals
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, CatalogTitle> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> genreNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> trending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> plays = new(StringComparer.Ordinal);
    private readonly List<WatchedTitle> history = [];
    private readonly Dictionary<string, double> affinity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Neighbour>> neighbours = new(StringComparer.Ordinal);

    public Signals Title(string id, string genre, bool kids = false, int publishedDaysAgo = 10, long plays = 0, double trending = 0, bool playable = true)
    {
        titles[id] = new CatalogTitle(id, "Name of " + id, [genre], kids, 2020, playable ? Now.AddDays(-publishedDaysAgo) : null);
        if (plays > 0)
        {
            this.plays[id] = plays;
        }

        if (trending > 0)
        {
            this.trending[id] = trending;
        }

        return this;
    }

    public Signals Genre(string id, string name)
    {
        genreNames[id] = name;
        return this;
    }

    /// <summary>Call oldest first: each watched title becomes the most recent.</summary>
    public Signals Watched(string titleId, bool finished = false)
    {
        history.Insert(0, new WatchedTitle(titleId, Now.AddMinutes(-100 + history.Count), finished));
        return this;
    }

    public Signals Likes(string genre, double weight)
    {
        affinity[genre] = weight;
        return this;
    }

    public Signals CoWatched(string seed, string other, double weight)
    {
        if (!neighbours.TryGetValue(seed, out var list))
        {
            neighbours[seed] = list = [];
        }

        list.Add(new Neighbour(other, weight));
        return this;
    }

    public SharedSignals Shared() => new(titles, genreNames, trending, plays);

    public ProfileSignals Profile(bool kids = false) => new(
        kids,
        history.ToList(),
        affinity,
        neighbours.ToDictionary(n => n.Key, n => (IReadOnlyList<Neighbour>)n.Value, StringComparer.Ordinal));

    public HomeRows Rows(bool kids = false, int titlesPerRow = 40, int maxRows = 20) =>
        RowBuilder.Build(Profile(kids), Shared(), new RowLimits(titlesPerRow, maxRows));
}
