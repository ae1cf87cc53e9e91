using Grpc.Core;
using Streamflix.Recommendations.Grpc;
using Streamflix.Recommendations.Model;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Recommendations.Tests;

public sealed class RowsRequestTests
{
    private static readonly string Profile = Guid.NewGuid().ToString();

    [Fact]
    public void Zero_limits_mean_the_defaults()
    {
        var request = RowsRequest.Parse(Profile, 0, 0);

        Assert.Equal(Guid.Parse(Profile), request.ProfileId);
        Assert.Equal(new RowLimits(12, 8), request.Limits);
    }

    [Fact]
    public void Limits_at_the_bounds_are_accepted()
    {
        Assert.Equal(new RowLimits(40, 20), RowsRequest.Parse(Profile, 40, 20).Limits);
        Assert.Equal(new RowLimits(1, 1), RowsRequest.Parse(Profile, 1, 1).Limits);
    }

    [Theory]
    [InlineData("", 0, 0, "profile_id")]
    [InlineData("not-a-uuid", 0, 0, "profile_id")]
    [InlineData("00000000-0000-0000-0000-000000000000", 0, 0, "profile_id")]
    [InlineData("x", 41, 0, "profile_id,titles_per_row")]
    [InlineData("11111111-1111-1111-1111-111111111111", -1, 21, "titles_per_row,max_rows")]
    public void Bad_fields_are_each_named(string profileId, int titlesPerRow, int maxRows, string fields)
    {
        var error = Assert.Throws<RecommendationsValidationException>(() =>
            RowsRequest.Parse(profileId, titlesPerRow, maxRows));

        Assert.Equal(fields.Split(','), error.Violations.Select(v => v.Field));
    }

    [Fact]
    public async Task Validation_becomes_invalid_argument_with_field_violations()
    {
        var interceptor = new RecommendationsErrorInterceptor(Microsoft.Extensions.Logging.Abstractions.NullLogger<RecommendationsErrorInterceptor>.Instance);

        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new TestServerCallContext("/GetRows"), (_, _) => Task.FromResult(RowsRequest.Parse("nope", 99, 0).ToString())));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["profile_id", "titles_per_row"], error.FieldViolations().Select(v => v.Field));
    }

    [Fact]
    public async Task Another_accounts_profile_is_not_found_and_a_down_dependency_is_unavailable()
    {
        var interceptor = new RecommendationsErrorInterceptor(Microsoft.Extensions.Logging.Abstractions.NullLogger<RecommendationsErrorInterceptor>.Instance);

        var notFound = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new TestServerCallContext("/GetRows"), (_, _) => throw RecommendationsNotFoundException.Profile()));
        var unavailable = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new TestServerCallContext("/GetRows"), (_, _) => throw new DependencyUnavailableException("accounts is down")));
        var unexpected = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new TestServerCallContext("/GetRows"), (_, _) => throw new InvalidOperationException("secret detail")));

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(StatusCode.Unavailable, unavailable.StatusCode);
        Assert.Equal(StatusCode.Internal, unexpected.StatusCode);
        Assert.DoesNotContain("secret", unexpected.Status.Detail, StringComparison.Ordinal);
    }
}
