namespace Streamflix.Bench.RecsQuality;

/// <summary>
/// Synthetic viewing histories with tastes planted in them, from a seed (the same seed gives the same
/// data): titles spread over genres with a popularity skew (a few titles of each genre are watched far
/// more than the rest), and profiles that each like one or two genres, from which most of their views
/// come; the rest follow overall popularity. A recommender that learns tastes should beat "most
/// popular" on views it has not seen; one that only learns popularity should not.
/// </summary>
public sealed record PlantedTastes(
    IReadOnlyList<PlantedTastes.PlantedTitle> Titles,
    IReadOnlyList<PlantedTastes.PlantedProfile> Profiles)
{
    public sealed record PlantedTitle(string Id, string GenreId, double Popularity);

    /// <summary>A profile's distinct views in the order they happened.</summary>
    public sealed record PlantedProfile(Guid Id, IReadOnlyList<string> FavouriteGenres, IReadOnlyList<View> Views);

    public sealed record View(string TitleId, DateTimeOffset At);

    public sealed record Settings(
        int Genres = 6,
        int TitlesPerGenre = 10,
        int Profiles = 400,
        int MinViews = 10,
        int MaxViews = 25,
        double FavouriteShare = 0.8,
        double PopularitySkew = 1.0)
    {
        public static Settings Default { get; } = new();
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static PlantedTastes Generate(int seed, Settings? settings = null)
    {
        var s = settings ?? Settings.Default;
        var random = new Random(seed);
        var genres = Enumerable.Range(0, s.Genres).Select(g => $"genre-{g}").ToList();

        // Zipf-like within each genre, shuffled so title ids say nothing about popularity.
        var titles = new List<PlantedTitle>();
        foreach (var genre in genres)
        {
            var ranks = Enumerable.Range(0, s.TitlesPerGenre).OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < s.TitlesPerGenre; i++)
            {
                titles.Add(new PlantedTitle($"title-{titles.Count:D3}", genre, 1d / Math.Pow(ranks[i] + 1, s.PopularitySkew)));
            }
        }

        var byGenre = titles.GroupBy(t => t.GenreId).ToDictionary(g => g.Key, g => g.ToList());
        var profiles = new List<PlantedProfile>();
        for (var p = 0; p < s.Profiles; p++)
        {
            var favourites = genres.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            var viewCount = random.Next(s.MinViews, s.MaxViews + 1);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var views = new List<View>();
            var at = Start + TimeSpan.FromMinutes(random.Next(0, 24 * 60));
            for (var attempts = 0; views.Count < viewCount && attempts < viewCount * 50; attempts++)
            {
                var pool = random.NextDouble() < s.FavouriteShare
                    ? byGenre[favourites[random.Next(favourites.Count)]]
                    : titles;
                var title = PickByPopularity(pool, random);
                if (seen.Add(title.Id))
                {
                    views.Add(new View(title.Id, at));
                    at += TimeSpan.FromMinutes(random.Next(30, (int)(Window.TotalMinutes / viewCount)));
                }
            }

            profiles.Add(new PlantedProfile(new Guid(seed, (short)(p >> 16), (short)p, new byte[8]), favourites, views));
        }

        return new PlantedTastes(titles, profiles);
    }

    private static PlantedTitle PickByPopularity(List<PlantedTitle> pool, Random random)
    {
        var total = pool.Sum(t => t.Popularity);
        var target = random.NextDouble() * total;
        foreach (var title in pool)
        {
            target -= title.Popularity;
            if (target <= 0)
            {
                return title;
            }
        }

        return pool[^1];
    }
}
