using System.Text;
using Grpc.Core;
using Streamflix.Accounts.Contracts;
using Streamflix.Catalog.Contracts;
using Streamflix.Encoder.Contracts;
using Streamflix.IntegrationTests.Hostile;
using Streamflix.ServiceDefaults.Security;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Issue #9: hostile input against every public surface of the running graph. Each case must be
/// refused with a 4xx or a refusal-class gRPC status and a clean message, never a 5xx, Internal or
/// Unknown; no process may die or restart; a refused call writes nothing. Totals are printed.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class HostileInputTests(StreamflixAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_rpc_field_refuses_hostile_values_without_a_server_error()
    {
        var pidsBefore = await ResourcePids.SnapshotAsync(fixture);
        var tally = new HostileTally();
        var context = await ContextAsync();
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var original = await catalog.GetTitleAsync(new GetTitleRequest { Id = context.TitleId });
        await using var rows = new DatabaseRowCounts(fixture);

        try
        {
            foreach (var target in RpcTargets.All(context))
            {
                var channel = fixture.Channel(target.Resource);
                foreach (var hostile in RpcCaseGenerator.CasesFor(target))
                {
                    var before = hostile.MustReject && target.Database is { } db ? await rows.SnapshotAsync(db) : null;
                    var status = await DynamicRpc.CallAsync(channel, target.Method, hostile.BuildRequest(), target.Headers);
                    var wrote = before is null ? null : DatabaseRowCounts.Difference(before, await rows.SnapshotAsync(target.Database!));
                    Record(tally, hostile.Value.Category, hostile.Name, hostile.MustReject, status, wrote);
                }

                foreach (var payload in MalformedPayloads.All)
                {
                    var status = await DynamicRpc.CallRawAsync(channel, target.Method, payload.Body, target.Headers);
                    Record(tally, payload.Category, $"{target.Name} raw {payload.Label}", payload.MustReject, status, wrote: null);
                }
            }
        }
        finally
        {
            // Free-text cases may legitimately rename the shared title; put it back for the other tests.
            await catalog.UpdateTitleAsync(new UpdateTitleRequest
            {
                Id = original.Id,
                Name = original.Name,
                Synopsis = original.Synopsis,
                ReleaseYear = original.ReleaseYear,
                MaturityRating = original.MaturityRating,
                RuntimeMinutes = original.RuntimeMinutes,
            }, context.Admin);
        }

        await AssertCleanAsync(tally, "gRPC fields", pidsBefore);
    }

    [Fact]
    public async Task Origin_and_edges_refuse_traversal_and_misused_signatures_and_survive_bad_ranges()
    {
        var pidsBefore = await ResourcePids.SnapshotAsync(fixture);
        var tally = new HostileTally();
        var title = await fixture.FirstPlayableTitleAsync();
        var other = await fixture.PlayableTitleAsync(t => t.Id != title.Id);
        var key = MediaSigningKey.TryParse(await fixture.ParameterValueAsync("media-signing-key"), out var parsed)
            ? parsed : throw new InvalidOperationException("The media signing key is not usable.");
        var writeKey = await fixture.ParameterValueAsync("origin-write-key");
        var master = title.Media.MasterPlaylistPath;                       // "{title}/{version}/master.m3u8"
        var relativeMaster = master[(title.Id.Length + 1)..];
        var signedPrefix = SignedMediaUrl.CreatePath(key, title.Id, SignedUrlCases.Session, DateTimeOffset.UtcNow.AddMinutes(10), 0, relativeMaster);
        signedPrefix = signedPrefix[..signedPrefix.IndexOf($"/{title.Id}/", StringComparison.Ordinal)] + $"/{title.Id}";
        var manifestBefore = await OriginManifestAsync(title.Id);

        var cases = MediaPathCases.Origin(title.Id, writeKey)
            .Concat(RangeCases.For("origin", $"/media/{master}"))
            .ToList();
        foreach (var edge in new[] { "edge-1", "edge-2" })
        {
            cases.AddRange(MediaPathCases.Edge(edge, signedPrefix));
            cases.AddRange(SignedUrlCases.For(edge, key, title.Id, other.Id, relativeMaster));
            cases.AddRange(RangeCases.For(edge, SignedMediaUrl.CreatePath(key, title.Id, SignedUrlCases.Session, DateTimeOffset.UtcNow.AddMinutes(10), 0, relativeMaster)));
        }

        foreach (var hostile in cases)
        {
            var response = await RawHttp.SendAsync(fixture.App.GetEndpoint(hostile.Resource, "http"), hostile.Method, hostile.Target, hostile.Headers, hostile.Body);
            RecordHttp(tally, hostile, response);
        }

        await ReplayAfterExpiryAsync(tally, key, title.Id, relativeMaster);

        Assert.Equal(manifestBefore, await OriginManifestAsync(title.Id));
        await AssertCleanAsync(tally, "origin and edge paths", pidsBefore);
    }

    [Fact]
    public async Task Uploads_refuse_non_video_malformed_oversized_and_hostile_metadata()
    {
        var pidsBefore = await ResourcePids.SnapshotAsync(fixture);
        var tally = new HostileTally();
        var title = await fixture.FirstPlayableTitleAsync();
        var admin = await fixture.AdminAuthAsync();
        var ingest = new MediaIngest.MediaIngestClient(fixture.Channel("encoder"));

        foreach (var upload in UploadCases.All(title.Id))
        {
            var status = await BoundedAsync(UploadAsync(ingest, upload.AsAdmin ? admin : null, upload.Messages), $"upload {upload.Name}", TimeSpan.FromMinutes(2));
            // A refusal for another reason (the later "not a video") means the field itself got through.
            var named = upload.RefusalMustName is null || status.Detail.Contains(upload.RefusalMustName, StringComparison.Ordinal);
            Record(tally, upload.Category, $"upload {upload.Name}", upload.MustReject, named ? status : Status.DefaultSuccess, wrote: null);
        }

        // Past Encoder:MaxUploadBytes (512 MiB) in 1 MiB chunks: refused mid-stream, the partial file dropped.
        var status512 = await BoundedAsync(UploadOverLimitAsync(ingest, admin, title.Id, chunks: 513), "upload 513 MiB", TimeSpan.FromMinutes(6));
        Record(tally, HostileCategory.Oversized, "upload 513 MiB (over Encoder:MaxUploadBytes)", mustReject: true, status512, wrote: null);

        await AssertCleanAsync(tally, "uploads", pidsBefore);
    }

    private async Task<RpcTargets.Context> ContextAsync()
    {
        var viewer = await Viewers.SignUpAsync(fixture, "hostile");
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var profiles = await accounts.ListProfilesAsync(new ListProfilesRequest(), viewer.Auth);
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        var titles = await catalog.ListTitlesAsync(new ListTitlesRequest { PageSize = 5 });
        return new RpcTargets.Context(viewer, profiles.Profiles[0].Id, titles.Titles[^1].Id, await fixture.AdminAuthAsync());
    }

    private static void Record(HostileTally tally, HostileCategory category, string name, bool mustReject, Status status, string? wrote)
    {
        var (verdict, detail) = status.StatusCode switch
        {
            StatusCode.OK => (mustReject ? Verdict.UnexpectedAcceptance : Verdict.Accepted, "OK"),
            var code when !ErrorText.RefusalCodes.Contains(code) => (Verdict.ServerError, $"{code}: {status.Detail}"),
            _ when string.IsNullOrWhiteSpace(status.Detail) || ErrorText.LeaksInternals(status.Detail) => (Verdict.LeakyMessage, $"{status.StatusCode}: '{status.Detail}'"),
            _ when wrote is not null => (Verdict.WroteWhileRefusing, $"{status.StatusCode}: {wrote}"),
            _ => (Verdict.Refused, status.StatusCode.ToString()),
        };
        tally.Record(category, name, verdict, Shorten(detail));
    }

    private static void RecordHttp(HostileTally tally, HttpCase hostile, RawHttp.Response response)
    {
        var verdict = response.Status switch
        {
            0 or >= 500 => Verdict.ServerError,
            >= 400 when ErrorText.LeaksInternals(response.Body) => Verdict.LeakyMessage,
            >= 400 => Verdict.Refused,
            _ when hostile.MustReject => Verdict.UnexpectedAcceptance,
            _ => Verdict.Accepted,
        };
        tally.Record(hostile.Category, hostile.Name, verdict, $"{response.Status} {Shorten(response.Body)}");
    }

    /// <summary>A URL that worked is refused once it has expired, however often it is replayed.</summary>
    private async Task ReplayAfterExpiryAsync(HostileTally tally, byte[] key, string titleId, string relativeMaster)
    {
        foreach (var edge in new[] { "edge-1", "edge-2" })
        {
            var shortLived = SignedMediaUrl.CreatePath(key, titleId, SignedUrlCases.Session, DateTimeOffset.UtcNow.AddSeconds(3), 0, relativeMaster);
            var server = fixture.App.GetEndpoint(edge, "http");
            var fresh = await RawHttp.SendAsync(server, "GET", shortLived);
            Assert.Equal(200, fresh.Status);
            await Task.Delay(TimeSpan.FromSeconds(4));
            for (var replay = 0; replay < 3; replay++)
            {
                var response = await RawHttp.SendAsync(server, "GET", shortLived);
                RecordHttp(tally, new HttpCase(HostileCategory.SignedUrl, $"{edge} replay #{replay + 1} after expiry", edge, "GET", shortLived, [], MustReject: true), response);
            }
        }
    }

    private async Task<string> OriginManifestAsync(string titleId)
    {
        using var origin = fixture.HttpClient("origin");
        return await origin.GetStringAsync($"/titles/{titleId}/manifest");
    }

    /// <summary>
    /// Past the call's own deadline: a call that neither answers nor fails must fail this test by name,
    /// not hang the suite.
    /// </summary>
    private static async Task<Status> BoundedAsync(Task<Status> call, string name, TimeSpan limit)
    {
        try
        {
            return await call.WaitAsync(limit);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{name}: no answer within {limit.TotalMinutes} min, past the call's deadline", timeout);
        }
    }

    private static async Task<Status> UploadAsync(MediaIngest.MediaIngestClient ingest, Metadata? headers, IReadOnlyList<UploadSourceRequest> messages)
    {
        try
        {
            using var call = ingest.UploadSource(headers, DateTime.UtcNow.AddMinutes(1));
            await ClientStreams.SendAllAsync(call, messages);
            await call.ResponseAsync;
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    private static async Task<Status> UploadOverLimitAsync(MediaIngest.MediaIngestClient ingest, Metadata admin, string titleId, int chunks)
    {
        var chunk = UploadCase.Chunk(new byte[1024 * 1024]);
        try
        {
            using var call = ingest.UploadSource(admin, DateTime.UtcNow.AddMinutes(5));
            // Refused mid-stream, as it should be: the status is on the response.
            await ClientStreams.SendAllAsync(call, [UploadCase.Metadata(titleId), .. Enumerable.Repeat(chunk, chunks)]);
            await call.ResponseAsync;
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    private async Task AssertCleanAsync(HostileTally tally, string suite, IReadOnlyDictionary<string, ResourcePids.Process> pidsBefore)
    {
        var crashes = ResourcePids.Changes(pidsBefore, await ResourcePids.SnapshotAsync(fixture));
        Assert.NotEmpty(pidsBefore);
        tally.Report(output, suite, crashes);
        Assert.True(tally.Cases > 0, "no cases ran");
        Assert.Empty(crashes);
        Assert.True(tally.ServerErrors == 0 && tally.UnexpectedAcceptances == 0 && tally.LeakyMessages == 0 && tally.WritesWhileRefusing == 0,
            $"{suite}: {tally.ServerErrors} server errors, {tally.UnexpectedAcceptances} unexpected acceptances, " +
            $"{tally.LeakyMessages} leaky messages, {tally.WritesWhileRefusing} writes while refusing:\n" + string.Join('\n', tally.Failures.Take(40)));
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }
}
