using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streamflix.Web.Components.Shared;
using Streamflix.Web.Operations;
using static Streamflix.Web.Tests.OperationsSamples;

namespace Streamflix.Web.Tests;

/// <summary>
/// Renders the operations page's picture to HTML, as prerendering does, to hold the markers the
/// integration test looks for and what an admin reads.
/// </summary>
public sealed class OperationsMarkupTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Instances_circuits_queues_and_edges_are_shown_as_read()
    {
        var html = await RenderAsync(OperationsReading.Read(OperationsBoard.Build(Readout(
            instances:
            [
                Instance("playback", "p1", TimeSpan.FromSeconds(2), circuits: """[{"target":"billing","state":"open","bulkheadInUse":0,"bulkheadQueued":0,"rejected":12}]"""),
                Instance("encoder", "e1", TimeSpan.FromSeconds(20), extra: """{"encodingQueueDepth":"4"}"""),
                Instance("billing", "b1", TimeSpan.FromSeconds(1), deadLetters: """[{"queue":"billing.dead","depth":3}]"""),
            ],
            faults: [new StoredFault(ChaosFault.KeyPrefix + "catalog", """{"kind":"error","percent":50}""", TimeSpan.FromSeconds(9))],
            edges: [Heartbeat("edge-1", "eu-west", healthy: true, TimeSpan.FromSeconds(1), hitRatio: 0.625)]), Now)));

        Assert.Contains("data-testid=\"operations-instance\" data-service=\"playback\" data-instance=\"p1\"", html);
        Assert.Equal(1, Count(html, "data-testid=\"operations-stale\""));
        Assert.Contains("data-testid=\"operations-circuit\" data-state=\"open\"", html);
        Assert.Contains("<td>12</td>", html);
        Assert.Contains("catalog</strong>:", html);
        Assert.Contains("error on 50 % of requests, 9 s left", html);
        Assert.Contains("billing.dead", html);
        // The only encoder report is stale: its figure is not presented as current.
        Assert.Contains("no fresh encoder report", html);
        Assert.Contains("data-edge=\"edge-1\"", html);
        Assert.Contains("eu-west", html);
        Assert.Contains("62.5 %", html);
    }

    [Fact]
    public async Task A_malformed_report_shows_as_unreadable_and_the_rest_still_renders()
    {
        var html = await RenderAsync(OperationsReading.Read(OperationsBoard.Build(Readout(
            instances: [new StoredEntry(InstanceReport.KeyFor("catalog", "bad"), "{not json"), Instance("catalog", "good", TimeSpan.Zero)],
            edges: [Heartbeat("edge-2", "us-east", healthy: true, TimeSpan.Zero)]), Now)));

        Assert.Contains("data-testid=\"operations-unreadable\"", html);
        Assert.Contains("data-instance=\"good\"", html);
        Assert.Contains("data-edge=\"edge-2\"", html);
    }

    [Fact]
    public async Task Redis_down_shows_the_reason_and_no_figures()
    {
        var html = await RenderAsync(OperationsReading.Unavailable("Redis cannot be read: No connection is active"));

        Assert.Contains("data-testid=\"operations-unavailable\"", html);
        Assert.Contains("No connection is active", html);
        Assert.DoesNotContain("data-testid=\"operations-services\"", html);
    }

    [Fact]
    public async Task An_empty_redis_says_what_is_missing_rather_than_showing_empty_tables()
    {
        var html = await RenderAsync(OperationsReading.Read(OperationsBoard.Build(Readout(), Now)));

        Assert.Contains("No instance reports in Redis", html);
        Assert.Contains("No edge has sent a heartbeat", html);
        Assert.DoesNotContain("<table", html);
    }

    private async Task<string> RenderAsync(OperationsReading reading)
    {
        await using var renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<OperationsView>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(OperationsView.Reading)] = reading,
                [nameof(OperationsView.RefreshEvery)] = TimeSpan.FromSeconds(3),
            }));
            return System.Net.WebUtility.HtmlDecode(output.ToHtmlString());
        });
    }

    private static int Count(string html, string marker) =>
        (html.Length - html.Replace(marker, "", StringComparison.Ordinal).Length) / marker.Length;
}
