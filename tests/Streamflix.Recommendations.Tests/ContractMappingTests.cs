using Streamflix.Recommendations;
using Streamflix.Recommendations.Grpc;
using Streamflix.Recommendations.Model;
using ContractRowKind = Streamflix.Recommendations.Contracts.RowKind;
using RowKind = Streamflix.Recommendations.Model.RowKind;

namespace Streamflix.Recommendations.Tests;

public sealed class ContractMappingTests
{
    [Fact]
    public void Rows_map_to_the_contract_in_order_with_seed_and_genre()
    {
        var rows = new HomeRows(
        [
            new RecommendationRow("because:a", RowKind.BecauseYouWatched, "Because you watched A", ["b", "c"], SeedTitleId: "a"),
            new RecommendationRow("genre:drama", RowKind.Genre, "More Drama", ["d"], GenreId: "drama"),
        ], ColdStart: false);

        var response = rows.ToResponse(Signals.Now);

        Assert.False(response.ColdStart);
        Assert.Equal(Signals.Now, response.GeneratedAt.ToDateTimeOffset());
        Assert.Equal(["because:a", "genre:drama"], response.Rows.Select(r => r.Id));
        Assert.Equal(ContractRowKind.BecauseYouWatched, response.Rows[0].Kind);
        Assert.Equal("a", response.Rows[0].SeedTitleId);
        Assert.Equal(["b", "c"], response.Rows[0].TitleIds);
        Assert.Equal("drama", response.Rows[1].GenreId);
        Assert.Equal(string.Empty, response.Rows[1].SeedTitleId);
    }

    [Theory]
    [InlineData(RowKind.BecauseYouWatched, ContractRowKind.BecauseYouWatched)]
    [InlineData(RowKind.TopPicks, ContractRowKind.TopPicks)]
    [InlineData(RowKind.Trending, ContractRowKind.Trending)]
    [InlineData(RowKind.New, ContractRowKind.New)]
    [InlineData(RowKind.Genre, ContractRowKind.Genre)]
    [InlineData(RowKind.Popular, ContractRowKind.Popular)]
    public void Every_kind_has_its_contract_value(RowKind kind, ContractRowKind expected)
    {
        Assert.Equal(expected, RecommendationsContractMapping.ToContract(kind));
    }

    [Fact]
    public void Default_options_are_usable_and_broken_ones_are_named()
    {
        Assert.Empty(new RecommendationsOptions().Problems());

        var problems = new RecommendationsOptions
        {
            TrendingHalfLife = TimeSpan.Zero,
            RowsFreshFor = TimeSpan.FromHours(2),
            BootstrapPageSize = 500,
        }.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("TrendingHalfLife", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("RowsFreshFor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("BootstrapPageSize", StringComparison.Ordinal));
    }
}
