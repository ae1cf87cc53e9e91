using System.Net;
using System.Security.Cryptography;
using Streamflix.Catalog.Contracts;
using Streamflix.ServiceDefaults.Security;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests.Authorization;

/// <summary>
/// The HTTP side of the matrix: origin writes need the write key, edges serve only paths signed for
/// that title, session, cap and time, edge internals need the internal key, and the site's
/// account, profile, plan, watch and admin pages need a signed-in viewer (admin pages an admin).
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class HttpAuthorizationMatrixTests(StreamflixAppFixture fixture, ITestOutputHelper output)
{
    private const string Session = "authz-matrix";

    [Fact]
    public async Task Only_the_legitimate_caller_gets_through_any_http_route()
    {
        var matrix = new HttpMatrix(output);
        // Read afresh: another test may have uploaded a new encode (a new version folder) since.
        var playable = await fixture.FirstPlayableTitleAsync();
        var title = await new CatalogService.CatalogServiceClient(fixture.Channel("catalog")).GetTitleAsync(new GetTitleRequest { Id = playable.Id });
        await OriginAsync(matrix, title);
        foreach (var edge in new[] { "edge-1", "edge-2" })
        {
            await EdgeMediaAsync(matrix, edge, title);
            await EdgeInternalAsync(matrix, edge, title);
        }

        await SitePagesAsync(matrix, title);
        matrix.AssertOnlyLegitimateCallersGotThrough();
    }

    private async Task OriginAsync(HttpMatrix matrix, Title title)
    {
        using var origin = fixture.HttpClient("origin");
        var writeKey = await fixture.ParameterValueAsync("origin-write-key");
        var titleId = $"authz-{Guid.NewGuid():N}"[..20];
        var playlist = $"/media/{titleId}/v1/index.m3u8";
        var keys = new (string Caller, string? Key, bool Allowed)[] { ("no key", null, false), ("wrong key", RandomKey(), false), ("write key", writeKey, true) };

        foreach (var (caller, key, allowed) in keys)
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, playlist) { Content = new StringContent("#EXTM3U\n") };
            await RecordAsync(matrix, "origin PUT /media/{title}/{path}", caller, allowed, origin, WithKey(put, "X-Origin-Key", key));
        }

        // Reading stays open inside the cluster: the edges fill from it (the signed path guards viewers).
        using (var get = new HttpRequestMessage(HttpMethod.Get, $"/media/{title.Media.MasterPlaylistPath}"))
        {
            await RecordAsync(matrix, "origin GET /media/{title}/{path}", "anonymous", true, origin, get);
        }

        using (var manifest = new HttpRequestMessage(HttpMethod.Get, $"/titles/{title.Id}/manifest"))
        {
            await RecordAsync(matrix, "origin GET /titles/{title}/manifest", "anonymous", true, origin, manifest);
        }

        foreach (var (caller, key, allowed) in keys)
        {
            using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/media/{titleId}");
            await RecordAsync(matrix, "origin DELETE /media/{title}", caller, allowed, origin, WithKey(delete, "X-Origin-Key", key));
        }
    }

    private async Task EdgeMediaAsync(HttpMatrix matrix, string edgeName, Title title)
    {
        using var edge = fixture.HttpClient(edgeName);
        var key = MediaSigningKey.TryParse(await fixture.ParameterValueAsync("media-signing-key"), out var parsed)
            ? parsed
            : throw new InvalidOperationException("The AppHost's media signing key is not usable.");
        var master = $"{VersionFolder(title)}/master.m3u8";
        var valid = SignedMediaUrl.CreatePath(key, title.Id, Session, DateTimeOffset.UtcNow.AddMinutes(10), 480, master);
        var otherTitle = title.Id == "authz-other" ? "authz-another" : "authz-other";
        var forOther = SignedMediaUrl.CreatePath(key, otherTitle, Session, DateTimeOffset.UtcNow.AddMinutes(10), 480, master);
        var route = $"{edgeName} GET /v/{{signed}}";

        var cases = new (string Caller, string Path, bool Allowed)[]
        {
            ("unsigned", $"/v/{title.Id}/{master}", false),
            ("expired", SignedMediaUrl.CreatePath(key, title.Id, Session, DateTimeOffset.UtcNow.AddMinutes(-1), 480, master), false),
            ("wrong key", SignedMediaUrl.CreatePath(RandomNumberGenerator.GetBytes(32), title.Id, Session, DateTimeOffset.UtcNow.AddMinutes(10), 480, master), false),
            ("tampered signature", ReplaceSegment(valid, 5, Flip), false),
            ("tampered cap", ReplaceSegment(valid, 4, _ => "0"), false),
            ("tampered session", ReplaceSegment(valid, 3, _ => "someone-else"), false),
            ("tampered expiry", ReplaceSegment(valid, 2, expiry => (long.Parse(expiry, System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture)), false),
            ("signed for another title", ReplaceSegment(forOther, 6, _ => title.Id), false),
            ("signed for this title", valid, true),
        };
        foreach (var (caller, path, allowed) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            await RecordAsync(matrix, route, caller, allowed, edge, request);
        }
    }

    private async Task EdgeInternalAsync(HttpMatrix matrix, string edgeName, Title title)
    {
        using var edge = fixture.HttpClient(edgeName);
        var internalKey = await fixture.ParameterValueAsync("edge-internal-key");
        foreach (var (caller, key, allowed) in new (string, string?, bool)[] { ("no key", null, false), ("wrong key", RandomKey(), false), ("internal key", internalKey, true) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/prefill/{title.Id}");
            await RecordAsync(matrix, $"{edgeName} POST /internal/prefill/{{title}}", caller, allowed, edge, WithKey(request, "X-Internal-Key", key));
        }
    }

    private async Task SitePagesAsync(HttpMatrix matrix, Title title)
    {
        string[] viewerPages = ["/account", "/profiles", "/plans", $"/watch/{title.Id}"];
        const string AdminPage = "/admin/upload";

        using var anonymous = new SiteSession(fixture);
        using var viewer = new SiteSession(fixture);
        var account = await Viewers.SignUpAsync(fixture, "matrix-site");
        await viewer.SubmitAsync("/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });
        using var admin = new SiteSession(fixture);
        await admin.SubmitAsync("/signin", "signin", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@streamflix.local",
            ["Input.Password"] = await fixture.ParameterValueAsync("admin-password"),
        });

        foreach (var page in viewerPages.Append(AdminPage))
        {
            var route = $"web GET {(page.StartsWith("/watch/", StringComparison.Ordinal) ? "/watch/{title}" : page)}";
            await RecordPageAsync(matrix, route, "anonymous", false, anonymous, page);
            await RecordPageAsync(matrix, route, "viewer", page != AdminPage, viewer, page);
            if (page == AdminPage)
            {
                await RecordPageAsync(matrix, route, "admin", true, admin, page);
            }
        }
    }

    /// <summary>
    /// A page got through when the browser stayed on it with a success; refusals end on the sign-in
    /// page (anonymous) or answer 403 (signed in, not allowed).
    /// </summary>
    private static async Task RecordPageAsync(HttpMatrix matrix, string route, string caller, bool allowed, SiteSession session, string page)
    {
        var (status, _) = await session.TryGetAsync(page);
        var landed = session.Location?.AbsolutePath ?? "";
        if (status == System.Net.HttpStatusCode.Forbidden)
        {
            matrix.Record(route, caller, allowed, gotThrough: false, $"403 at {landed}");
            return;
        }

        Assert.True((int)status < 400, $"{route} as {caller}: HTTP {(int)status} at {landed}");
        var refused = landed == "/signin";
        matrix.Record(route, caller, allowed, gotThrough: !refused, $"ended at {landed}");
        if (!allowed)
        {
            // The refusal remembers where the viewer was going.
            Assert.Contains("returnUrl=", session.Location!.Query, StringComparison.Ordinal);
        }
    }

    private static async Task RecordAsync(HttpMatrix matrix, string route, string caller, bool allowed, HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        // Past the guard is anything but an explicit refusal: a legitimate prefill may find no playlist
        // (404), and a forged caller's 404 or 500 would mean the guard let it reach the handler.
        var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest;
        matrix.Record(route, caller, allowed, gotThrough: !refused, $"{(int)response.StatusCode}");
    }

    private static HttpRequestMessage WithKey(HttpRequestMessage request, string header, string? key)
    {
        if (key is not null)
        {
            request.Headers.Add(header, key);
        }

        return request;
    }

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The folder of the title's current encode, from the catalog's master playlist path.</summary>
    private static string VersionFolder(Title title)
    {
        var below = title.Media.MasterPlaylistPath[(title.Id.Length + 1)..];
        return below[..below.LastIndexOf('/')];
    }

    /// <summary>/v/{expires}/{session}/{maxHeight}/{signature}/{titleId}/...: segment 2 is the expiry, 6 the title.</summary>
    private static string ReplaceSegment(string path, int index, Func<string, string> change)
    {
        var segments = path.Split('/');
        segments[index] = change(segments[index]);
        return string.Join('/', segments);
    }

    private static string Flip(string signature) =>
        (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
}
