using System.Diagnostics;
using Google.Rpc;
using Grpc.Core;
using Streamflix.Playback.Contracts;

namespace Streamflix.Bench.Playback;

/// <summary>
/// What a player does between Play and the first frame it can decode: StartPlayback, then from the
/// first-ranked edge the master playlist, the first variant's media playlist, and its first segment.
/// </summary>
public sealed class ViewerJourney(PlaybackService.PlaybackServiceClient playback, HttpClient http, string titleId)
{
    public async Task<ViewerOutcome> RunAsync(BenchViewer viewer, Task startSignal, Func<long> signalledAt, CancellationToken cancellationToken)
    {
        await startSignal;
        var begun = Stopwatch.GetTimestamp();
        var lag = Stopwatch.GetElapsedTime(signalledAt(), begun).TotalMilliseconds;
        var stage = "start";
        string? sessionId = null;
        var durations = new double[4];
        var mark = begun;
        void Lap(int index)
        {
            var now = Stopwatch.GetTimestamp();
            durations[index] = Stopwatch.GetElapsedTime(mark, now).TotalMilliseconds;
            mark = now;
        }

        try
        {
            var manifest = await playback.StartPlaybackAsync(
                new StartPlaybackRequest { ProfileId = viewer.ProfileId, TitleId = titleId }, viewer.Auth, cancellationToken: cancellationToken);
            sessionId = manifest.SessionId;
            Lap(0);
            if (manifest.Edges.Count == 0)
            {
                throw new JourneyException("manifest without edges");
            }

            stage = "master";
            var masterUrl = new Uri(manifest.Edges[0].MasterPlaylistUrl);
            var (master, _, _) = await GetAsync(masterUrl, cancellationToken);
            var variant = HlsPlaylist.FirstVariant(master) ?? throw new JourneyException("master playlist without variants");
            Lap(1);

            stage = "media";
            var mediaUrl = new Uri(masterUrl, variant);
            var (media, _, _) = await GetAsync(mediaUrl, cancellationToken);
            var segment = HlsPlaylist.FirstSegment(media) ?? throw new JourneyException("media playlist without segments");
            Lap(2);

            stage = "segment";
            var (_, bytes, cache) = await GetAsync(new Uri(mediaUrl, segment), cancellationToken, asText: false);
            Lap(3);
            return new ViewerOutcome(sessionId, lag, durations[0], durations[1], durations[2], durations[3],
                Stopwatch.GetElapsedTime(begun).TotalMilliseconds, bytes, cache, Error: null)
            {
                MediaPlaylist = mediaUrl,
                Segments = HlsPlaylist.Segments(media),
                Edge = manifest.Edges[0].Name,
            };
        }
        catch (Exception e)
        {
            return new ViewerOutcome(sessionId, lag, durations[0], durations[1], durations[2], durations[3],
                Stopwatch.GetElapsedTime(begun).TotalMilliseconds, 0, null, Describe(stage, e, cancellationToken));
        }
    }

    private async Task<(string Text, long Bytes, string? Cache)> GetAsync(Uri url, CancellationToken cancellationToken, bool asText = true)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new JourneyException($"HTTP {(int)response.StatusCode}");
        }

        var cache = response.Headers.TryGetValues("X-Cache", out var values) ? values.FirstOrDefault() : null;
        if (asText)
        {
            return (await response.Content.ReadAsStringAsync(cancellationToken), 0, cache);
        }

        // The whole segment: a player decodes its first frame only once the segment is in.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ("", body.LongLength, cache);
    }

    private static string Describe(string stage, Exception error, CancellationToken cancellationToken) => error switch
    {
        _ when cancellationToken.IsCancellationRequested => $"{stage}: cancelled (round timeout)",
        RpcException rpc => $"{stage}: gRPC {rpc.StatusCode}{Reason(rpc)}",
        JourneyException journey => $"{stage}: {journey.Message}",
        _ => $"{stage}: {error.GetType().Name}",
    };

    private static string Reason(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason is { Length: > 0 } reason ? $" {reason}" : "";

    private sealed class JourneyException(string message) : Exception(message);
}
