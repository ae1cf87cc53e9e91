using System.Net;
using StackExchange.Redis;

namespace Streamflix.IntegrationTests;

/// <summary>The admin operations page against the graph's Redis: the edges' own heartbeats and an instance report.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class OperationsPageTests(StreamflixAppFixture fixture)
{
    [Fact]
    public async Task An_admin_sees_both_edges_and_an_instance_report_written_to_redis()
    {
        // Written here rather than by a service, so the test proves the page reads the contract's
        // key and JSON on its own; the report expires like a real one.
        var instanceId = $"ops-test-{Guid.NewGuid():N}";
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await fixture.ConnectionStringAsync("redis"));
        var now = DateTimeOffset.UtcNow;
        await redis.GetDatabase().StringSetAsync($"streamflix:instances:ops-probe:{instanceId}", $$"""
            {"service":"ops-probe","instanceId":"{{instanceId}}","startedAt":"{{now.AddMinutes(-1):O}}","reportedAt":"{{now:O}}",
             "health":"Degraded","circuits":[{"target":"billing","state":"open","bulkheadInUse":0,"bulkheadQueued":0,"rejected":7}],
             "chaos":null,"deadLetters":[{"queue":"ops-probe.dead","depth":2}],"extra":{ } }
            """, TimeSpan.FromSeconds(60));

        using var admin = new SiteSession(fixture);
        await admin.SignInAsync("admin@streamflix.local", await fixture.ParameterValueAsync("admin-password"));
        var html = await admin.GetAsync("/admin/operations");

        Assert.Equal("/admin/operations", admin.Location?.AbsolutePath);
        Assert.DoesNotContain("data-testid=\"operations-unavailable\"", html);
        // The edges heartbeat on their own every 2 s; both are healthy once the graph is.
        Assert.Contains("data-edge=\"edge-1\"", html);
        Assert.Contains("data-edge=\"edge-2\"", html);
        Assert.Contains("eu-west", html);
        Assert.Contains("us-east", html);
        Assert.Contains($"data-service=\"ops-probe\" data-instance=\"{instanceId}\"", html);
        Assert.Contains("Degraded", html);
        Assert.Contains("data-testid=\"operations-circuit\" data-state=\"open\"", html);
        Assert.Contains("ops-probe.dead", html);
    }

    [Fact]
    public async Task A_signed_in_viewer_is_refused_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        using var anonymous = new SiteSession(fixture);
        await anonymous.GetAsync("/admin/operations");
        Assert.Equal("/signin", anonymous.Location?.AbsolutePath);

        var viewer = await Viewers.SignUpAsync(fixture, "ops-viewer");
        using var site = new SiteSession(fixture);
        await site.SignInAsync(viewer.Email, viewer.Password);
        var (status, body) = await site.TryGetAsync("/admin/operations");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("data-testid=\"not-allowed\"", body);
        Assert.DoesNotContain("data-testid=\"operations-services\"", body);
    }
}
