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
        Media = title.Media.ToContract(),
    };

    public static Contracts.TitleMedia ToContract(this TitleMediaDetails media)
    {
        var contract = new Contracts.TitleMedia
        {
            Status = media.Status switch
            {
                MediaStatus.Queued => Contracts.MediaStatus.Queued,
                MediaStatus.Encoding => Contracts.MediaStatus.Encoding,
                MediaStatus.Ready => Contracts.MediaStatus.Ready,
                MediaStatus.Failed => Contracts.MediaStatus.Failed,
                _ => Contracts.MediaStatus.None,
            },
            Percent = media.Percent,
            DurationSeconds = media.DurationSeconds,
            MasterPlaylistPath = media.MasterPlaylistPath ?? "",
            FailureReason = media.FailureReason ?? "",
            Renditions =
            {
                media.Renditions.Select(r => new Contracts.MediaRendition
                {
                    Name = r.Name,
                    Width = r.Width,
                    Height = r.Height,
                    Bandwidth = r.Bandwidth,
                    AverageBandwidth = r.AverageBandwidth,
                    Codecs = r.Codecs,
                    FrameRate = r.FrameRate,
                }),
            },
        };
        if (media.UpdatedAt is { } updatedAt)
        {
            contract.UpdatedAt = Timestamp.FromDateTimeOffset(updatedAt);
        }

        return contract;
    }

    public static Contracts.HomeRow ToContract(this GenreRow row) => new()
    {
        Genre = row.Genre.ToContract(),
        Titles = { row.Titles.Select(ToContract) },
    };
}
