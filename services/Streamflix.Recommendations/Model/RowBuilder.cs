namespace Streamflix.Recommendations.Model;

/// <summary>
/// Builds a profile's home rows from its signals and the shared ones; pure, so every rule is
/// testable and the same code is trained and measured offline.
/// With history: "Because you watched" (the two most recent titles), "Top picks", "Trending now",
/// "New on Streamflix", then "More &lt;genre&gt;" for the two genres the profile likes most.
/// Cold start: "Trending now", "Popular on Streamflix", "New on Streamflix", then genre rows by
/// catalogue size.
/// Everywhere: only playable titles, only kids titles for a kids profile, never a title the profile
/// finished, no title twice in a row, empty rows dropped, ties broken by id. The personal rows
/// (because you watched, top picks) also leave out anything the profile has started: they are for
/// discovering titles, and resuming has its own row (playback's continue watching).
/// </summary>
public static class RowBuilder
{
    public const int BecauseYouWatchedSeeds = 2;
    public const int GenreRowsWithHistory = 2;
    public const int MinNeighboursBeforeGenreFallback = 3;

    /// <summary>Below this (one play about four half-lives ago) a title is no longer trending.</summary>
    public const double MinTrendingScore = 0.05;

    public static HomeRows Build(ProfileSignals profile, SharedSignals shared, RowLimits limits)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(limits);

        var finished = profile.History.Where(h => h.Finished).Select(h => h.TitleId).ToHashSet(StringComparer.Ordinal);
        var watched = profile.History.Select(h => h.TitleId).ToHashSet(StringComparer.Ordinal);
        bool Eligible(CatalogTitle t) => t.IsPlayable && (!profile.IsKids || t.IsKids) && !finished.Contains(t.Id);
        bool Unwatched(CatalogTitle t) => Eligible(t) && !watched.Contains(t.Id);
        var eligible = shared.Titles.Values.Where(Eligible).ToList();

        var rows = profile.IsColdStart
            ? ColdStartRows(shared, eligible)
            : PersonalRows(profile, shared, eligible, Unwatched);

        var kept = rows
            .Select(r => r with { TitleIds = r.TitleIds.Distinct(StringComparer.Ordinal).ToList() })
            .Where(r => r.TitleIds.Count > 0)
            .ToList();
        return new HomeRows(kept, profile.IsColdStart).Within(limits);
    }

    private static IEnumerable<RecommendationRow> PersonalRows(
        ProfileSignals profile, SharedSignals shared, List<CatalogTitle> eligible, Func<CatalogTitle, bool> unwatched)
    {
        var seeds = profile.History
            .Select(h => shared.Titles.GetValueOrDefault(h.TitleId))
            .OfType<CatalogTitle>()
            .Take(BecauseYouWatchedSeeds);
        foreach (var seed in seeds)
        {
            yield return BecauseYouWatched(seed, profile, shared, unwatched);
        }

        yield return new RecommendationRow(
            "top-picks",
            RowKind.TopPicks,
            "Top picks for you",
            TopPicksScorer.Rank(profile, shared, unwatched).Select(p => p.TitleId).ToList());
        yield return Trending(shared, eligible);
        yield return New(eligible);

        var favourites = profile.GenreAffinity
            .Where(a => a.Value > 0)
            .OrderByDescending(a => a.Value)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key)
            .Where(g => eligible.Any(t => t.GenreIds.Contains(g)))
            .Take(GenreRowsWithHistory);
        foreach (var genre in favourites)
        {
            yield return Genre(genre, shared, eligible);
        }
    }

    private static IEnumerable<RecommendationRow> ColdStartRows(SharedSignals shared, List<CatalogTitle> eligible)
    {
        yield return Trending(shared, eligible);
        yield return new RecommendationRow(
            "popular",
            RowKind.Popular,
            "Popular on Streamflix",
            ByPopularity(eligible, shared).Select(t => t.Id).ToList());
        yield return New(eligible);

        var genresBySize = eligible
            .SelectMany(t => t.GenreIds.Distinct(StringComparer.Ordinal))
            .GroupBy(g => g, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(RowLimits.MaxMaxRows);
        foreach (var genre in genresBySize)
        {
            yield return Genre(genre, shared, eligible);
        }
    }

    private static RecommendationRow BecauseYouWatched(
        CatalogTitle seed, ProfileSignals profile, SharedSignals shared, Func<CatalogTitle, bool> unwatched)
    {
        var neighbours = profile.Neighbours.GetValueOrDefault(seed.Id) ?? [];
        var items = neighbours
            .Where(n => n.Weight > 0)
            .OrderByDescending(n => n.Weight)
            .ThenBy(n => n.TitleId, StringComparer.Ordinal)
            .Select(n => shared.Titles.GetValueOrDefault(n.TitleId))
            .OfType<CatalogTitle>()
            .Where(t => t.Id != seed.Id && unwatched(t))
            .Select(t => t.Id)
            .ToList();

        if (items.Count < MinNeighboursBeforeGenreFallback)
        {
            // Too few profiles watched this with anything else yet: titles of the same genres stand in.
            var seedGenres = seed.GenreIds.ToHashSet(StringComparer.Ordinal);
            var sameGenre = ByPopularity(shared.Titles.Values.Where(t => t.Id != seed.Id && unwatched(t)), shared)
                .Select(t => (Title: t, Shared: t.GenreIds.Count(seedGenres.Contains)))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared) // stable: popularity order within the same overlap
                .Select(x => x.Title.Id);
            items.AddRange(sameGenre.Where(id => !items.Contains(id, StringComparer.Ordinal)));
        }

        return new RecommendationRow(
            "because:" + seed.Id,
            RowKind.BecauseYouWatched,
            "Because you watched " + seed.Name,
            items,
            SeedTitleId: seed.Id);
    }

    private static RecommendationRow Trending(SharedSignals shared, List<CatalogTitle> eligible) =>
        new("trending", RowKind.Trending, "Trending now", eligible
            .Select(t => (t.Id, Score: shared.TrendingOf(t.Id)))
            .Where(x => x.Score >= MinTrendingScore)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .ToList());

    private static RecommendationRow New(List<CatalogTitle> eligible) =>
        new("new", RowKind.New, "New on Streamflix", eligible
            .OrderByDescending(t => t.PublishedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => t.Id)
            .ToList());

    private static RecommendationRow Genre(string genreId, SharedSignals shared, List<CatalogTitle> eligible) =>
        new("genre:" + genreId, RowKind.Genre, "More " + shared.GenreName(genreId),
            ByPopularity(eligible.Where(t => t.GenreIds.Contains(genreId, StringComparer.Ordinal)), shared)
                .Select(t => t.Id)
                .ToList(),
            GenreId: genreId);

    /// <summary>All-time plays, then newest, then id.</summary>
    private static IEnumerable<CatalogTitle> ByPopularity(IEnumerable<CatalogTitle> titles, SharedSignals shared) =>
        titles
            .OrderByDescending(t => shared.PlaysOf(t.Id))
            .ThenByDescending(t => t.PublishedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal);
}
