using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Streamflix.IntegrationTests.Browser;

/// <summary>
/// What the page looked like when a wait on the player ran out: the video element's state, the
/// player's hooks, any error the page shows and the browser's last console lines and failed
/// requests. A timeout alone says only that nothing happened; this says what did.
/// </summary>
public sealed class PlayerDiagnostics
{
    private const int Kept = 40;

    private const string SnapshotScript = """
        () => {
          const v = document.querySelector('[data-testid=player]');
          const ranges = [];
          if (v) for (let i = 0; i < v.buffered.length; i++) ranges.push(`${v.buffered.start(i).toFixed(1)}-${v.buffered.end(i).toFixed(1)}`);
          const problem = document.querySelector('[data-testid=playback-error]');
          return JSON.stringify({
            url: location.href,
            video: v ? {
              currentTime: v.currentTime, readyState: v.readyState, networkState: v.networkState, paused: v.paused,
              ended: v.ended, muted: v.muted, buffered: ranges, src: v.src, error: v.error && v.error.code,
              edge: v.dataset.edge, session: v.dataset.session,
            } : null,
            player: window.streamflixPlayer || null,
            problem: problem ? problem.innerText : null,
            starting: Boolean(document.querySelector('[data-testid=player-starting]')),
            interactive: Boolean(document.querySelector('main[data-interactive]')),
            errorUi: getComputedStyle(document.getElementById('blazor-error-ui') || document.body).display,
            title: document.title,
            text: (document.body ? document.body.innerText : '').slice(0, 600),
            pending: performance.getEntriesByType('resource').filter(r => r.responseEnd === 0).map(r => r.name),
          });
        }
        """;

    private readonly ConcurrentQueue<string> _events = new();

    private PlayerDiagnostics(IPage page)
    {
        page.Console += (_, message) => Keep($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => Keep($"pageerror: {error}");
        page.RequestFailed += (_, request) => Keep($"requestfailed: {request.Method} {request.Url} ({request.Failure})");
        // Document and fetch requests (enhanced navigation is a fetch): when each went out, to see one that never came back.
        page.Request += (_, request) =>
        {
            if (request.ResourceType is "document" or "fetch")
            {
                Keep($"request: {request.Method} {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Keep($"response {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public static PlayerDiagnostics Watch(IPage page) => new(page);

    /// <summary>Runs a wait; if it times out, fails with the snapshot instead of a bare timeout.</summary>
    public async Task WhileWaitingAsync(IPage page, string waitingFor, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException timeout)
        {
            string snapshot;
            try
            {
                snapshot = await page.EvaluateAsync<string>(SnapshotScript);
            }
            catch (PlaywrightException error)
            {
                snapshot = $"(no snapshot: {error.Message})";
            }

            throw new TimeoutException(
                $"{waitingFor}: {timeout.Message}{Environment.NewLine}page: {snapshot}{Environment.NewLine}"
                + string.Join(Environment.NewLine, _events),
                timeout);
        }
    }

    private void Keep(string line)
    {
        _events.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}");
        while (_events.Count > Kept && _events.TryDequeue(out _))
        {
        }
    }
}
