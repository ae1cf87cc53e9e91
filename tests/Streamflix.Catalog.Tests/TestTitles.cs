using Streamflix.Catalog.Model;

namespace Streamflix.Catalog.Tests;

internal static class TestTitles
{
    public static TitleDetails Details(string id, string rating = "PG-13") => new(
        id, id, "synopsis", 2020, rating, 100, ["drama"], ["Someone"], new Poster("#000000", "#ffffff", 90),
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), TitleMediaDetails.None);

    public static Title Entity(string id = "the-long-night") => new()
    {
        Id = id,
        Name = "The Long Night",
        Synopsis = "A nurse keeps a hospital running.",
        ReleaseYear = 2023,
        MaturityRating = "TV-14",
        RuntimeMinutes = 118,
        Poster = new Poster("#1f2a44", "#7a3b69", 135),
        UpdatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
