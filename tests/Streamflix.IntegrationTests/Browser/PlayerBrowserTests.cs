using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Streamflix.IntegrationTests.Browser;

/// <summary>
/// A person in headless Chromium: signs up, pays, presses Play and watches real HLS video through
/// hls.js; the first edge dies mid-stream and playback carries on from the next; a reload resumes
/// where the viewer was.
/// </summary>
[Collection(StreamflixCollection.Name)]
public sealed class PlayerBrowserTests(StreamflixAppFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan PlayTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_viewer_plays_a_title_survives_an_edge_failure_and_resumes_after_a_reload()
    {
        // A demo-length title: an upload test may have put a 6-s video on the first one.
        var title = await fixture.PlayableTitleAsync(t => t.Media.DurationSeconds >= 15);
        // Bounded, and not asserted: a run where encoding is still busy after it still plays, only slower.
        await fixture.EncodingIdleAsync(TimeSpan.FromMinutes(3));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.GetEndpoint("web", "http").ToString(),
        });
        var page = await context.NewPageAsync();
        var diagnostics = PlayerDiagnostics.Watch(page);
        page.SetDefaultTimeout((float)PlayTimeout.TotalMilliseconds);

        await SignUpAndSubscribeAsync(page);

        await page.GotoAsync($"/title/{title.Id}");
        // As a viewer does, Play once the page is ready: its circuit up, so the click navigates inside it.
        await diagnostics.WhileWaitingAsync(page, "the title page's circuit", () => page.Locator("main[data-interactive]").WaitForAsync());
        await page.GetByTestId("play-button").ClickAsync();
        await page.WaitForURLAsync($"**/watch/{title.Id}");
        await WaitForCurrentTimeAsync(page, diagnostics, 3);
        Assert.True(await page.EvaluateAsync<bool>("() => window.streamflixPlayer.hlsJs"), "hls.js should be playing (MSE), not native HLS");
        Assert.StartsWith("blob:", await page.EvaluateAsync<string>("() => document.querySelector('[data-testid=player]').src"));
        await AssertNoFatalErrorsAsync(page);

        // Failover: paused, the player fills its forward buffer and stops fetching; the edge now
        // serving goes away (waited until its process is gone); playing on must fetch what is not
        // buffered yet from another edge.
        var firstEdge = await page.GetByTestId("player").GetAttributeAsync("data-edge");
        Assert.False(string.IsNullOrEmpty(firstEdge));
        await page.EvaluateAsync("() => document.querySelector('[data-testid=player]').pause()");
        await page.WaitForTimeoutAsync(2000);
        await fixture.App.ResourceCommands.ExecuteCommandAsync(firstEdge!, KnownResourceCommands.StopCommand);
        double saved;
        try
        {
            using (var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
            {
                await fixture.App.ResourceNotifications.WaitForResourceAsync(firstEdge!,
                    [KnownResourceStates.Exited, KnownResourceStates.Finished], stopping.Token);
            }

            var bufferedAtStop = await page.EvaluateAsync<double>(
                "() => { const v = document.querySelector('[data-testid=player]'); return v.buffered.length ? v.buffered.end(v.buffered.length - 1) : 0; }");
            Assert.True(bufferedAtStop < title.Media.DurationSeconds - 2,
                $"{bufferedAtStop:F1} s of {title.Media.DurationSeconds:F1} s already buffered: the player's forward buffer is too long to show a failover");
            await page.EvaluateAsync("() => document.querySelector('[data-testid=player]').play()");
            output.WriteLine($"stopped {firstEdge} with {bufferedAtStop:F1} s buffered");
            await WaitForCurrentTimeAsync(page, diagnostics, bufferedAtStop + 1);
            var nowServing = await page.GetByTestId("player").GetAttributeAsync("data-edge");
            Assert.NotEqual(firstEdge, nowServing);
            output.WriteLine($"playing from {nowServing} after {await page.EvaluateAsync<int>("() => window.streamflixPlayer.failovers")} failover(s)");

            // Pausing saves the position (a final heartbeat), before the short demo clip runs out.
            saved = await page.EvaluateAsync<double>(
                "() => { const v = document.querySelector('[data-testid=player]'); v.pause(); return v.currentTime; }");
        }
        finally
        {
            await fixture.App.ResourceCommands.ExecuteCommandAsync(firstEdge!, KnownResourceCommands.StartCommand);
            using var restart = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await fixture.WaitForHealthyAsync([firstEdge!], restart.Token);
        }

        // Resume: a reload starts near the saved position.
        await page.ReloadAsync();
        var resumedAt = await FirstPlayingPositionAsync(page, diagnostics);
        output.WriteLine($"paused at {saved:F1} s, resumed at {resumedAt:F1} s");
        Assert.InRange(resumedAt, saved - 2.5, saved + 2.5);
        await AssertNoFatalErrorsAsync(page);
        await context.CloseAsync();
    }

    private static async Task SignUpAndSubscribeAsync(IPage page)
    {
        await page.GotoAsync("/signup");
        await page.Locator("#signup-email").FillAsync(Viewers.NewEmail("browser"));
        await page.Locator("#signup-password").FillAsync(Viewers.Password);
        await page.Locator("#signup-name").FillAsync("Browser Viewer");
        await page.GetByTestId("signup-button").ClickAsync();
        await page.WaitForURLAsync("**/plans*");

        await page.Locator("input[name='Payment.PlanId'][value='premium']").CheckAsync();
        await page.Locator("#card-number").FillAsync("4242 4242 4242 4242");
        await page.Locator("#card-month").SelectOptionAsync("12");
        await page.Locator("#card-year").SelectOptionAsync((DateTime.UtcNow.Year + 2).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#card-cvc").FillAsync("123");
        await page.GetByTestId("subscribe-button").ClickAsync();
        await page.WaitForURLAsync("**/account*");
    }

    private static Task WaitForCurrentTimeAsync(IPage page, PlayerDiagnostics diagnostics, double seconds) =>
        diagnostics.WhileWaitingAsync(page, $"playing past {seconds:F1} s", () => page.WaitForFunctionAsync(
            "s => { const v = document.querySelector('[data-testid=player]'); return v && v.currentTime > s; }",
            seconds, new PageWaitForFunctionOptions { Timeout = (float)PlayTimeout.TotalMilliseconds, PollingInterval = 200 }));

    private static async Task<double> FirstPlayingPositionAsync(IPage page, PlayerDiagnostics diagnostics)
    {
        await diagnostics.WhileWaitingAsync(page, "playing after the reload", () => page.WaitForFunctionAsync(
            "() => { const v = document.querySelector('[data-testid=player]'); return v && v.readyState >= 2 && !v.paused && v.currentTime > 0; }",
            null, new PageWaitForFunctionOptions { Timeout = (float)PlayTimeout.TotalMilliseconds, PollingInterval = 100 }));
        return await page.EvaluateAsync<double>("() => document.querySelector('[data-testid=player]').currentTime");
    }

    private static async Task AssertNoFatalErrorsAsync(IPage page)
    {
        var fatal = await page.EvaluateAsync<string[]>(
            "() => window.streamflixPlayer.errors.filter(e => e.fatal).map(e => e.type + ':' + e.details)");
        Assert.Empty(fatal);
    }
}
