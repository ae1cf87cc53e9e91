using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Catalog.Contracts;
using Streamflix.Web.Catalog;
using Streamflix.Web.Media;

namespace Streamflix.Web.Tests;

public sealed class UploadTitlesTests
{
    [Fact]
    public async Task Every_page_is_read_and_the_titles_are_sorted_by_name_with_their_media_status()
    {
        var catalog = new FakeTitleListClient(
            Page("1", Title("zebra", "Zebra Crossing", MediaStatus.Ready), Title("apple", "apple orchard", MediaStatus.Encoding)),
            Page("", Title("mid", "Midnight", MediaStatus.Unspecified)));

        var result = await new UploadTitles(catalog, NullLogger<UploadTitles>.Instance).ListAsync(CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(["", "1"], catalog.PageTokens);
        Assert.Equal(["apple", "mid", "zebra"], result.Value!.Select(title => title.Id));
        Assert.Equal(["encoding", "none", "ready"], result.Value!.Select(title => title.MediaOrUnknown.Status));
    }

    [Fact]
    public async Task A_catalog_failure_is_a_result_the_page_renders()
    {
        var catalog = new FakeTitleListClient { Failure = new RpcException(new Status(StatusCode.Unavailable, "down")) };

        var result = await new UploadTitles(catalog, NullLogger<UploadTitles>.Instance).ListAsync(CancellationToken.None);

        Assert.Equal(CatalogOutcome.Unavailable, result.Outcome);
        Assert.Equal(CatalogFailure.UnavailableMessage, result.Message);
    }

    private static ListTitlesResponse Page(string nextPageToken, params Title[] titles) =>
        new() { NextPageToken = nextPageToken, Titles = { titles } };

    private static Title Title(string id, string name, MediaStatus status) =>
        new() { Id = id, Name = name, Media = new TitleMedia { Status = status } };
}
