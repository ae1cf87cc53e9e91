using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.Encoder.Events;
using Streamflix.EventBus;

namespace Streamflix.IntegrationTests;

/// <summary>Bad media never crashes the encoder, never poisons its queue, and says why.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class EncodeFailureTests(StreamflixAppFixture fixture)
{
    private CatalogService.CatalogServiceClient Catalog => new(fixture.Channel("catalog"));

    [Fact]
    public async Task Uploading_a_file_that_is_not_a_video_is_refused_with_a_message()
    {
        var title = (await Catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();
        var ingest = new MediaIngest.MediaIngestClient(fixture.Channel("encoder"));

        using var call = ingest.UploadSource(await fixture.AdminAuthAsync());
        await ClientStreams.SendAllAsync(call,
        [
            new UploadSourceRequest { Metadata = new SourceMetadata { TitleId = title.Id, TitleName = title.Name, FileName = "notes.mp4" } },
            new UploadSourceRequest { Chunk = ByteString.CopyFromUtf8(string.Concat(Enumerable.Repeat("this is not a video. ", 500))) },
        ]);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("not a video", error.Status.Detail);
        var after = await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id });
        Assert.NotEqual(Streamflix.Catalog.Contracts.MediaStatus.Encoding, after.Media.Status);
    }

    [Fact]
    public async Task Uploading_for_a_malformed_title_id_is_invalid_argument()
    {
        var ingest = new MediaIngest.MediaIngestClient(fixture.Channel("encoder"));

        using var call = ingest.UploadSource(await fixture.AdminAuthAsync());
        await ClientStreams.SendAllAsync(call,
            [new UploadSourceRequest { Metadata = new SourceMetadata { TitleId = "../../etc", TitleName = "x", FileName = "a.mp4" } }]);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_job_whose_source_is_unreadable_ends_failed_with_its_reason_in_catalog()
    {
        // The alphabetically last title: past the demo content cap, so no demo job races this one.
        var title = await fixture.TitleFromLastAsync(StreamflixAppFixture.FailedJobTitleRank);
        var job = new EncodeRequested(title.Id, title.Name, SourceKind.Uploaded, "/nonexistent/source.mp4", 0);

        await GraphEvents.PublishAsync(fixture, job, EventPriority.High);

        using var timeout = new CancellationTokenSource(StreamflixAppFixture.PlayableTimeout);
        Streamflix.Catalog.Contracts.Title current;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
            current = await Catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id }, cancellationToken: timeout.Token);
        }
        while (current.Media.Status != Streamflix.Catalog.Contracts.MediaStatus.Failed);

        Assert.False(string.IsNullOrWhiteSpace(current.Media.FailureReason));
        Assert.True(fixture.App.ResourceNotifications.TryGetCurrentState("encoder", out var encoder));
        Assert.Equal(KnownResourceStates.Running, encoder.Snapshot.State?.Text);
    }
}
