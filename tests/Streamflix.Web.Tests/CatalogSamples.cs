using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Tests;

internal static class CatalogSamples
{
    public static Title Title(string id, string name = "The Long Night") => new()
    {
        Id = id,
        Name = name,
        Synopsis = "A city without sunrise.",
        ReleaseYear = 2021,
        MaturityRating = "PG-13",
        RuntimeMinutes = 112,
        GenreIds = { "sci-fi", "drama" },
        Cast = { "Ada Lovelace", "Alan Turing" },
        Poster = new Poster { FromColor = "#1F2A44", ToColor = "#8a2be2", AngleDegrees = 160 },
    };

    public static GetHomeRowsResponse HomeRows(params string[] titleIds) => new()
    {
        Rows =
        {
            new HomeRow
            {
                Genre = new Genre { Id = "sci-fi", Name = "Sci-Fi", TitleCount = titleIds.Length },
                Titles = { titleIds.Select(id => Title(id)) },
            },
        },
    };
}
