using System.Globalization;
using Streamflix.Catalog.Contracts;

namespace Streamflix.Web.Catalog;

/// <summary>From the catalog's contract to what the pages show; pages never see proto types.</summary>
public static class TitleMapping
{
    public static TitleSummary ToSummary(Title title) =>
        new(title.Id, title.Name, title.ReleaseYear, title.MaturityRating, PosterStyle.ToCss(title.Poster), MediaState.From(title.Media), title.IsKids);

    public static GenreRow ToRow(HomeRow row) =>
        new(row.Genre?.Id ?? "", row.Genre?.Name ?? "", [.. row.Titles.Select(ToSummary)]);

    /// <param name="genreNames">Display names by genre id; an id without one is shown as it is.</param>
    public static TitleDetails ToDetails(Title title, IReadOnlyDictionary<string, string> genreNames) =>
        new(
            title.Id,
            title.Name,
            title.Synopsis,
            title.ReleaseYear,
            title.MaturityRating,
            FormatRuntime(title.RuntimeMinutes),
            [.. title.GenreIds.Select(id => genreNames.TryGetValue(id, out var name) ? name : id)],
            [.. title.Cast],
            PosterStyle.ToCss(title.Poster),
            MediaState.From(title.Media),
            title.IsKids);

    public static string FormatRuntime(int minutes) => minutes switch
    {
        <= 0 => "",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{minutes}m"),
        _ when minutes % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h {minutes % 60}m"),
    };
}
