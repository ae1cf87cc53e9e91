using BenchmarkDotNet.Attributes;
using Streamflix.Bench.RecsQuality;
using Streamflix.Recommendations.Model;

namespace Streamflix.Bench.Micro;

/// <summary>A profile's home rows from its signals and the shared ones (bench/recs-quality's planted tastes).</summary>
[MemoryDiagnoser]
public class RowAssemblyBenchmarks
{
    private ProfileSignals _profile = ProfileSignals.ColdStart(false);
    private SharedSignals? _shared;

    [GlobalSetup]
    public void Setup()
    {
        var data = PlantedTastes.Generate(seed: 1);
        var signals = new InMemorySignals(TimeSpan.FromHours(24), TimeSpan.FromHours(24));
        foreach (var title in data.Titles)
        {
            signals.AddTitle(new CatalogTitle(title.Id, title.Id, [title.GenreId], false, 2020, PlantedTastes.Start - TimeSpan.FromDays(30)));
        }

        foreach (var profile in data.Profiles)
        {
            foreach (var view in profile.Views)
            {
                signals.Start(profile.Id, view.TitleId, view.At);
                signals.Complete(profile.Id, view.TitleId, view.At + TimeSpan.FromMinutes(20));
            }
        }

        var now = PlantedTastes.Start + PlantedTastes.Window;
        _shared = signals.Shared(now);
        _profile = signals.Profile(data.Profiles[0].Id, isKids: false, now);
    }

    [Benchmark]
    public HomeRows Build() => RowBuilder.Build(_profile, _shared!, new RowLimits(RowLimits.DefaultTitlesPerRow, RowLimits.DefaultMaxRows));
}
