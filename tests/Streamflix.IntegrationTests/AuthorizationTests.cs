using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.EventBus;

namespace Streamflix.IntegrationTests;

/// <summary>Who may call what across services, and the guarded operations endpoints.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class AuthorizationTests(StreamflixAppFixture fixture)
{
    [Fact]
    public async Task Uploads_and_title_edits_are_for_admins_only()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "not-admin");
        var ingest = new MediaIngest.MediaIngestClient(fixture.Channel("encoder"));
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var title = (await catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 1 })).Titles.Single();

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () => await UploadMetadataOnlyAsync(ingest, title, null));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        var notAdmin = await Assert.ThrowsAsync<RpcException>(async () => await UploadMetadataOnlyAsync(ingest, title, viewer.Auth));
        Assert.Equal(StatusCode.PermissionDenied, notAdmin.StatusCode);

        var edit = new UpdateTitleRequest { Id = title.Id, Synopsis = "changed by a viewer" };
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await catalog.UpdateTitleAsync(edit, viewer.Auth));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.NotEqual("changed by a viewer", (await catalog.GetTitleAsync(new GetTitleRequest { Id = title.Id })).Synopsis);
    }

    [Fact]
    public async Task A_poison_event_is_dead_lettered_visibly_and_a_replay_loses_nothing()
    {
        using var billing = fixture.HttpClient("billing");
        var key = await fixture.ParameterValueAsync("operations-key");

        using (var unauthorized = await billing.GetAsync("/eventbus/dead-letters"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        }

        var before = await DeadLetterCountAsync(billing, key);
        await GraphEvents.PublishRawAsync(fixture, new EventMessage(Guid.NewGuid(), "AccountCreated", Encoding.UTF8.GetBytes("{ not json")));
        var poisoned = await WaitForCountAsync(billing, key, n => n > before);

        var result = await fixture.App.ResourceCommands.ExecuteCommandAsync("billing", "replay-dead-letters");
        Assert.True(result.Success, result.Message);

        // The replayed poison is refused again and comes back: moved, never dropped.
        var after = await WaitForCountAsync(billing, key, n => n == poisoned);
        Assert.Equal(poisoned, after);
    }

    private static async Task UploadMetadataOnlyAsync(MediaIngest.MediaIngestClient ingest, Title title, Metadata? headers)
    {
        using var call = ingest.UploadSource(headers);
        await ClientStreams.SendAllAsync(call,
            [new UploadSourceRequest { Metadata = new SourceMetadata { TitleId = title.Id, TitleName = title.Name, FileName = "a.mp4" } }]);
        await call.ResponseAsync;
    }

    private static async Task<long> DeadLetterCountAsync(HttpClient service, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/eventbus/dead-letters");
        request.Headers.Add("X-Operations-Key", key);
        using var response = await service.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<DeadLetterCount>();
        return body!.Count;
    }

    private static async Task<long> WaitForCountAsync(HttpClient service, string key, Func<long, bool> accept)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var count = await DeadLetterCountAsync(service, key);
            if (accept(count))
            {
                return count;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }

    private sealed record DeadLetterCount(string Queue, long Count);
}
