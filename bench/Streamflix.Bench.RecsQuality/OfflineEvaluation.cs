using Streamflix.Recommendations.Model;

namespace Streamflix.Bench.RecsQuality;

/// <summary>
/// Offline quality: each profile's last 20 % of views are held out, the model is trained on the rest
/// (all of it, every profile, through <see cref="InMemorySignals"/>), and for each profile the first
/// ten titles of its "Top picks" row — built by the service's own <see cref="RowBuilder"/> — are
/// compared with its held-out views. The baseline recommends the ten most played titles the profile
/// has not seen. Precision@10 = hits / 10, recall@10 = hits / held-out views, averaged over profiles.
/// </summary>
public static class OfflineEvaluation
{
    public const int K = 10;
    public const double HeldOutShare = 0.2;

    public sealed record Scores(double Precision, double Recall);

    public sealed record Result(int Seed, int Profiles, Scores Recommender, Scores Popularity)
    {
        public double PrecisionRatio => Popularity.Precision == 0 ? double.PositiveInfinity : Recommender.Precision / Popularity.Precision;
    }

    public static Result Run(int seed, PlantedTastes.Settings? settings = null)
    {
        var data = PlantedTastes.Generate(seed, settings);
        var signals = new InMemorySignals(TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        foreach (var title in data.Titles)
        {
            signals.AddTitle(new CatalogTitle(title.Id, title.Id, [title.GenreId], false, 2020, PlantedTastes.Start - TimeSpan.FromDays(30)));
        }

        var heldOut = new Dictionary<Guid, HashSet<string>>();
        var training = new List<(Guid Profile, PlantedTastes.View View)>();
        foreach (var profile in data.Profiles)
        {
            var keep = profile.Views.Count - Math.Max(1, (int)Math.Round(profile.Views.Count * HeldOutShare));
            training.AddRange(profile.Views.Take(keep).Select(v => (profile.Id, v)));
            heldOut[profile.Id] = profile.Views.Skip(keep).Select(v => v.TitleId).ToHashSet(StringComparer.Ordinal);
        }

        // Events arrive in time order across profiles, as they would from playback.
        foreach (var (profileId, view) in training.OrderBy(t => t.View.At).ThenBy(t => t.Profile))
        {
            signals.Start(profileId, view.TitleId, view.At);
            signals.Complete(profileId, view.TitleId, view.At + TimeSpan.FromMinutes(20));
        }

        var now = training.Max(t => t.View.At) + TimeSpan.FromHours(1);
        var shared = signals.Shared(now);
        var limits = new RowLimits(K, RowLimits.MaxMaxRows);
        double recPrecision = 0, recRecall = 0, popPrecision = 0, popRecall = 0;
        foreach (var profile in data.Profiles)
        {
            var signalsOfProfile = signals.Profile(profile.Id, isKids: false, now);
            var rows = RowBuilder.Build(signalsOfProfile, shared, limits);
            var picks = rows.Rows.FirstOrDefault(r => r.Kind == RowKind.TopPicks)?.TitleIds ?? [];

            var seen = signalsOfProfile.History.Select(h => h.TitleId).ToHashSet(StringComparer.Ordinal);
            var popular = shared.Titles.Keys
                .Where(t => !seen.Contains(t))
                .OrderByDescending(shared.PlaysOf)
                .ThenBy(t => t, StringComparer.Ordinal)
                .Take(K)
                .ToList();

            var truth = heldOut[profile.Id];
            var recHits = picks.Count(truth.Contains);
            var popHits = popular.Count(truth.Contains);
            recPrecision += recHits / (double)K;
            recRecall += recHits / (double)truth.Count;
            popPrecision += popHits / (double)K;
            popRecall += popHits / (double)truth.Count;
        }

        var n = data.Profiles.Count;
        return new Result(seed, n, new Scores(recPrecision / n, recRecall / n), new Scores(popPrecision / n, popRecall / n));
    }
}
