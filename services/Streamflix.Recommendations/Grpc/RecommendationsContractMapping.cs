using Google.Protobuf.WellKnownTypes;
using Streamflix.Recommendations.Contracts;
using Streamflix.Recommendations.Model;
using ContractRowKind = Streamflix.Recommendations.Contracts.RowKind;
using RowKind = Streamflix.Recommendations.Model.RowKind;

namespace Streamflix.Recommendations.Grpc;

/// <summary>Model rows to the contract's messages.</summary>
public static class RecommendationsContractMapping
{
    public static GetRowsResponse ToResponse(this HomeRows rows, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new GetRowsResponse
        {
            Rows = { rows.Rows.Select(ToContract) },
            ColdStart = rows.ColdStart,
            GeneratedAt = Timestamp.FromDateTimeOffset(generatedAt),
        };
    }

    public static Row ToContract(this RecommendationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Row
        {
            Id = row.Id,
            Kind = ToContract(row.Kind),
            Title = row.Title,
            TitleIds = { row.TitleIds },
            SeedTitleId = row.SeedTitleId ?? string.Empty,
            GenreId = row.GenreId ?? string.Empty,
        };
    }

    public static ContractRowKind ToContract(RowKind kind) => kind switch
    {
        RowKind.BecauseYouWatched => ContractRowKind.BecauseYouWatched,
        RowKind.TopPicks => ContractRowKind.TopPicks,
        RowKind.Trending => ContractRowKind.Trending,
        RowKind.New => ContractRowKind.New,
        RowKind.Genre => ContractRowKind.Genre,
        RowKind.Popular => ContractRowKind.Popular,
        _ => ContractRowKind.Unspecified,
    };
}
