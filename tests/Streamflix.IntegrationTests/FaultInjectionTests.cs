using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Streamflix.Catalog.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>
/// Fault injection through the running graph (the fixture passes Chaos:Enabled=true): a fault
/// scoped to one request by its x-streamflix-fault header, and a shared fault set on catalog with
/// POST /chaos/inject and cleared with DELETE /chaos.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class FaultInjectionTests(StreamflixAppFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Every replica re-reads the shared fault at least once a second (contract); three on a loaded machine.</summary>
    private static readonly TimeSpan PollSettle = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_request_asking_for_recommendations_errors_gets_fallback_rows_while_others_get_live_rows()
    {
        using var site = new SiteSession(fixture);
        await site.SubmitAsync("/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Email"] = Viewers.NewEmail("chaos-site"),
            ["Input.Password"] = Viewers.Password,
            ["Input.DisplayName"] = "Chaos Viewer",
        });
        Assert.Contains("data-recommendations=\"live\"", await WaitForHomeAsync(site, "live"));

        // GetAsync fails the test on any status but 2xx: the page still answers 200.
        var faulted = await site.GetAsync("/", new Dictionary<string, string> { ["x-streamflix-fault"] = "recommendations=error" });

        Assert.Contains("data-recommendations=\"fallback\"", faulted);
        Assert.Contains("data-testid=\"genre-row\"", faulted);
        // The fault belonged to that request: plain requests get live rows again (at once, or once
        // the circuit the injected errors may have opened has closed).
        Assert.Contains("data-recommendations=\"live\"", await WaitForHomeAsync(site, "live"));
    }

    [Fact]
    public async Task A_fault_injected_on_catalog_fails_and_slows_its_calls_on_every_replica_until_cleared()
    {
        using var http = fixture.HttpClient("catalog");
        var key = await fixture.ParameterValueAsync("operations-key");
        var catalog = new CatalogService.CatalogServiceClient(fixture.Channel("catalog"));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/chaos/inject?kind=error&seconds=30", null)).StatusCode);
            using (var bad = await SendAsync(http, HttpMethod.Post, "/chaos/inject?kind=melt&seconds=30", key))
            {
                Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
                Assert.Contains("kind", await bad.Content.ReadAsStringAsync());
            }

            using (var injected = await SendAsync(http, HttpMethod.Post, "/chaos/inject?kind=error&percent=100&seconds=60", key))
            {
                Assert.Equal(HttpStatusCode.OK, injected.StatusCode);
                var state = await injected.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal("catalog", state.GetProperty("service").GetString());
                Assert.Equal("error", state.GetProperty("fault").GetProperty("kind").GetString());
            }

            // Every replica polls the key within a second; then no call gets through.
            var failure = await UntilAsync(async () =>
            {
                try
                {
                    await catalog.ListGenresAsync(new ListGenresRequest());
                    return null;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    return e;
                }
            });
            Assert.Contains("streamflix:chaos:catalog", failure.Status.Detail);
            // The replica that took the POST applies it at once; the others within their next poll.
            await Task.Delay(PollSettle);
            for (var i = 0; i < 6; i++)
            {
                var again = await Assert.ThrowsAsync<RpcException>(() => catalog.ListGenresAsync(new ListGenresRequest()).ResponseAsync);
                Assert.Equal(StatusCode.Unavailable, again.StatusCode);
            }

            using (var current = await SendAsync(http, HttpMethod.Get, "/chaos", key))
            {
                var state = await current.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal("error", state.GetProperty("fault").GetProperty("kind").GetString());
                Assert.Equal(JsonValueKind.String, state.GetProperty("fault").GetProperty("expiresAt").ValueKind);
            }

            // Slow instead of failing: a caller with a 2 s deadline gives up on a 20 s delay.
            (await SendAsync(http, HttpMethod.Post, "/chaos/inject?kind=latency&latencyMs=20000&seconds=60", key)).Dispose();
            await UntilAsync(async () =>
            {
                try
                {
                    await catalog.ListGenresAsync(new ListGenresRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                    return null;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded)
                {
                    return e;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    return null; // a replica that has not yet seen the new fault still fails
                }
            });

            using (var cleared = await SendAsync(http, HttpMethod.Delete, "/chaos", key))
            {
                Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
            }

            await UntilAsync(async () =>
            {
                try
                {
                    return await catalog.ListGenresAsync(new ListGenresRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
                }
                catch (RpcException)
                {
                    return null;
                }
            });
            await Task.Delay(PollSettle);
            for (var i = 0; i < 6; i++)
            {
                Assert.NotEmpty((await catalog.ListGenresAsync(new ListGenresRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).Genres);
            }

            using var none = await SendAsync(http, HttpMethod.Get, "/chaos", key);
            Assert.Equal(JsonValueKind.Null, (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fault").ValueKind);
        }
        finally
        {
            (await SendAsync(http, HttpMethod.Delete, "/chaos", key)).Dispose();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Operations-Key", key);
        return await http.SendAsync(request);
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> attempt) where T : class
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (true)
        {
            if (await attempt() is { } done)
            {
                return done;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }

    private static async Task<string> WaitForHomeAsync(SiteSession site, string mode)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (true)
        {
            var home = await site.GetAsync("/");
            if (home.Contains($"data-recommendations=\"{mode}\"", StringComparison.Ordinal))
            {
                return home;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
        }
    }
}
