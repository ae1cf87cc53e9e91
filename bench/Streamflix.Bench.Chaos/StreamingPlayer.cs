using System.Diagnostics;
using Google.Rpc;
using Grpc.Core;
using Streamflix.Playback.Contracts;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// What a player does for one play: StartPlayback, the master and media playlists, then every
/// segment in turn at a steady pace. A failed fetch moves to the next edge of the manifest's ranking
/// (as the site's hls.js player does); the time a segment took with those retries is its stall.
/// </summary>
public sealed class StreamingPlayer(PlaybackService.PlaybackServiceClient playback, HttpClient http, LoadRecorder recorder)
{
    /// <summary>Gaps between segment requests: a player fetching ahead of playback, compressed in time.</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(300);

    /// <summary>Beyond this a viewer has given up on the segment: the play counts as failed.</summary>
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    public async Task PlayAsync(BenchViewer viewer, string titleId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        PlaybackManifest manifest;
        try
        {
            manifest = await playback.StartPlaybackAsync(new StartPlaybackRequest { ProfileId = viewer.ProfileId, TitleId = titleId },
                viewer.Auth, deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: cancellationToken);
            Record("start", started, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Record("start", started, Describe(e));
            return;
        }

        try
        {
            var edges = manifest.Edges.OrderBy(e => e.Rank).Select(e => new Uri(e.MasterPlaylistUrl)).ToList();
            if (edges.Count == 0)
            {
                Record("start", Stopwatch.GetTimestamp(), "manifest without edges");
                return;
            }

            var edge = 0;
            (string Text, int Edge)? master = await FetchAsync("playlist", edges, edge, _ => "", cancellationToken);
            if (master is not { } m || HlsPlaylist.FirstVariant(m.Text) is not { } variant)
            {
                return;
            }

            edge = m.Edge;
            var media = await FetchAsync("playlist", edges, edge, _ => variant, cancellationToken);
            if (media is not { } md)
            {
                return;
            }

            edge = md.Edge;
            foreach (var segment in HlsPlaylist.Segments(md.Text))
            {
                await Task.Delay(Pace, cancellationToken);
                var fetched = await FetchAsync("segment", edges, edge, _ => RelativeTo(variant, segment), cancellationToken, asBytes: true);
                if (fetched is not { } f)
                {
                    return;
                }

                edge = f.Edge;
            }
        }
        finally
        {
            try
            {
                await playback.StopPlaybackAsync(new StopPlaybackRequest { SessionId = manifest.SessionId }, viewer.Auth,
                    deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: CancellationToken.None);
            }
            catch (RpcException)
            {
                // The lease expires by itself; not a request the viewer waits for.
            }
        }
    }

    /// <summary>The object at <paramref name="path"/> below the master playlist, from the current edge or the next ones.</summary>
    private async Task<(string Text, int Edge)?> FetchAsync(
        string operation, IReadOnlyList<Uri> edges, int edge, Func<Uri, string> path, CancellationToken cancellationToken, bool asBytes = false)
    {
        var began = Stopwatch.GetTimestamp();
        string? lastError = null;
        for (var attempt = 0; Stopwatch.GetElapsedTime(began) < GiveUp; attempt++)
        {
            var index = (edge + attempt) % edges.Count;
            var url = path(edges[index]) is { Length: > 0 } relative ? new Uri(edges[index], relative) : edges[index];
            var attemptStarted = Stopwatch.GetTimestamp();
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(AttemptTimeout);
                using var response = await http.GetAsync(url, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    var text = asBytes ? (await response.Content.ReadAsByteArrayAsync(timeout.Token)).Length.ToString() : await response.Content.ReadAsStringAsync(timeout.Token);
                    var now = Stopwatch.GetTimestamp();
                    recorder.Add(new LoadSample(DateTimeOffset.UtcNow, operation, Stopwatch.GetElapsedTime(attemptStarted, now).TotalMilliseconds,
                        true, null, Stopwatch.GetElapsedTime(began, now).TotalMilliseconds));
                    return (text, index);
                }

                lastError = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = e is OperationCanceledException ? "timeout" : e.GetType().Name;
            }

            // A failed try on one edge is not yet a failure for the viewer: the player moves on to the
            // next edge at once, and waits a little only once every edge has failed.
            if ((attempt + 1) % edges.Count == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }

        recorder.Add(new LoadSample(DateTimeOffset.UtcNow, operation, Stopwatch.GetElapsedTime(began).TotalMilliseconds, false, lastError,
            Stopwatch.GetElapsedTime(began).TotalMilliseconds));
        return null;
    }

    /// <summary>A segment's path relative to the master playlist (it is written relative to its media playlist).</summary>
    private static string RelativeTo(string variant, string segment)
    {
        var slash = variant.LastIndexOf('/');
        return slash < 0 ? segment : variant[..(slash + 1)] + segment;
    }

    private void Record(string operation, long started, string? error) =>
        recorder.Add(new LoadSample(DateTimeOffset.UtcNow, operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds, error is null, error));

    private static string Describe(Exception error) => error switch
    {
        RpcException rpc => $"gRPC {rpc.StatusCode}" +
            (rpc.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason is { Length: > 0 } reason ? $" {reason}" : ""),
        _ => error.GetType().Name,
    };
}
