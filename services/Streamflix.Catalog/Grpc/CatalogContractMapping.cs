using Google.Protobuf.WellKnownTypes;
using Streamflix.Catalog.Model;
using Contracts = Streamflix.Catalog.Contracts;

namespace Streamflix.Catalog.Grpc;

/// <summary>Model → contract messages.</summary>
public static class CatalogContractMapping
{
    public static Contracts.Genre ToContract(this GenreSummary genre) => new()
    {
        Id = genre.Id,
        Name = genre.Name,
        TitleCount = genre.TitleCount,
    };

    public static Contracts.Title ToContract(this TitleDetails title) => new()
    {
        Id = title.Id,
        Name = title.Name,
        Synopsis = title.Synopsis,
        ReleaseYear = title.ReleaseYear,
        MaturityRating = title.MaturityRating,
        RuntimeMinutes = title.RuntimeMinutes,
        GenreIds = { title.GenreIds },
        Cast = { title.Cast },
        Poster = new Contracts.Poster
        {
            FromColor = title.Poster.FromColor,
            ToColor = title.Poster.ToColor,
            AngleDegrees = title.Poster.AngleDegrees,
        },
        UpdatedAt = Timestamp.FromDateTimeOffset(title.UpdatedAt),
        IsKids = title.IsKids,
    };

    public static Contracts.HomeRow ToContract(this GenreRow row) => new()
    {
        Genre = row.Genre.ToContract(),
        Titles = { row.Titles.Select(ToContract) },
    };
}
