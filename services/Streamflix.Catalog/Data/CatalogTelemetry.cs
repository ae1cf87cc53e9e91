using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Streamflix.Catalog.Data;

/// <summary>The catalog's own spans and metrics (ServiceDefaults subscribes to "Streamflix.*").</summary>
public static class CatalogTelemetry
{
    public const string Name = "Streamflix.Catalog";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> TitlesUpdated = Meter.CreateCounter<long>(
        "streamflix.catalog.titles.updated", unit: "{title}", description: "Title updates that changed stored data.");

    public static readonly Counter<long> TitlesSeeded = Meter.CreateCounter<long>(
        "streamflix.catalog.titles.seeded", unit: "{title}", description: "Titles inserted by the start-up seed.");
}
