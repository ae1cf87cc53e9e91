using Grpc.Core;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Tests;

public sealed class CatalogFailureTests
{
    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Unknown)]
    [InlineData(StatusCode.Cancelled)]
    [InlineData(StatusCode.ResourceExhausted)]
    [InlineData(StatusCode.Unimplemented)]
    public void Service_failures_mean_the_catalog_is_unavailable(StatusCode code)
    {
        var failure = CatalogFailure.From(FakeCatalogClient.Failure(code, "boom at line 42"));

        Assert.Equal(CatalogOutcome.Unavailable, failure.Outcome);
        Assert.Equal(CatalogFailure.UnavailableMessage, failure.Message);
    }

    [Fact]
    public void NotFound_means_not_found()
    {
        var failure = CatalogFailure.From(FakeCatalogClient.Failure(StatusCode.NotFound, "no title 'x'"));

        Assert.Equal(CatalogOutcome.NotFound, failure.Outcome);
    }

    [Fact]
    public void InvalidArgument_carries_the_services_message()
    {
        var failure = CatalogFailure.From(FakeCatalogClient.Failure(StatusCode.InvalidArgument, "query must be 1..200 characters"));

        Assert.Equal(CatalogOutcome.Invalid, failure.Outcome);
        Assert.Equal("query must be 1..200 characters", failure.Message);
    }

    [Fact]
    public void The_unavailable_message_is_the_one_the_page_promises()
    {
        Assert.Equal("The catalog is unavailable right now. Please try again in a moment.", CatalogFailure.UnavailableMessage);
    }
}
