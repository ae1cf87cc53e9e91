using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Streamflix.Edge.Caching;

/// <summary>
/// Segment read-ahead: players fetch a rendition's segments in order, so after serving segment k the
/// edge makes sure k+1..k+N are cached before the viewer asks (N = <c>Edge:ReadAheadSegments</c>).
/// Fills go through the coalescing <see cref="OriginFetcher"/>, so a read-ahead and a viewer's fill of
/// the same segment are one origin fetch.
/// </summary>
/// <remarks>
/// Read-ahead is a bet, never a debt: at most <c>Edge:ReadAheadConcurrency</c> fills run at once and a segment
/// that finds them all busy is skipped, not queued; failures are counted and dropped, never shown to a
/// viewer. Fills are tied to the host's lifetime, not to the request that started them: the viewer
/// may leave, the segment is still worth having for the next one.
/// </remarks>
public sealed partial class SegmentReadAhead(
    EdgeCache cache,
    OriginFetcher fetcher,
    IOptions<EdgeOptions> options,
    ILogger<SegmentReadAhead> logger,
    CancellationToken stopping)
{
    /// <summary>The most <c>Edge:ReadAheadSegments</c> may ask for.</summary>
    public const int MaxSegments = 20;

    /// <summary>The most <c>Edge:ReadAheadConcurrency</c> may ask for.</summary>
    public const int MaxConcurrency = 256;

    private readonly PlaylistOrder _playlists = new();
    private readonly ConcurrentDictionary<string, byte> _filling = new(StringComparer.Ordinal);
    private int _running;
    private long _started;
    private long _completed;
    private long _failed;
    private long _skipped;

    public long FillsStarted => Interlocked.Read(ref _started);

    /// <summary>Fills that brought a segment from the origin.</summary>
    public long FillsCompleted => Interlocked.Read(ref _completed);

    /// <summary>Fills the origin failed or answered with nothing (a playlist listing a missing segment).</summary>
    public long FillsFailed => Interlocked.Read(ref _failed);

    /// <summary>Segments not read ahead because <c>Edge:ReadAheadConcurrency</c> fills were already running.</summary>
    public long FillsSkipped => Interlocked.Read(ref _skipped);

    public int InFlight => Volatile.Read(ref _running);

    public int KnownFolders => _playlists.KnownFolders;

    private int Segments => options.Value.ReadAheadSegments;

    /// <summary>Read-ahead fills running at once on this edge; beyond it segments are skipped.</summary>
    public int MaxInFlight => options.Value.ReadAheadConcurrency;

    /// <summary>Remembers a media playlist's segment order (masters are ignored).</summary>
    public void Learn(string playlistOriginPath, CachedObject playlist)
    {
        if (Segments > 0)
        {
            _playlists.Learn(playlistOriginPath, playlist);
        }
    }

    /// <summary>
    /// Starts fills of the segments after <paramref name="segmentOriginPath"/> that are neither cached nor
    /// being fetched, and returns at once. The task it returns ends when those fills have ended and never
    /// faults; requests do not wait for it (tests do).
    /// </summary>
    public Task FillAfter(string segmentOriginPath)
    {
        if (Segments == 0 || stopping.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        List<Task>? fills = null;
        foreach (var path in _playlists.Next(segmentOriginPath, Segments))
        {
            if (cache.Contains(path) || fetcher.IsInFlight(path) || _filling.ContainsKey(path))
            {
                continue;
            }

            if (Interlocked.Increment(ref _running) > MaxInFlight)
            {
                Interlocked.Decrement(ref _running);
                Interlocked.Increment(ref _skipped);
                continue;
            }

            if (!_filling.TryAdd(path, 0))
            {
                Interlocked.Decrement(ref _running);   // another request's read-ahead claimed it just now
                continue;
            }

            Interlocked.Increment(ref _started);

            // Without the request's execution context: the fill must not carry the finished request's
            // HttpContext or trace into work that outlives it.
            using (ExecutionContext.SuppressFlow())
            {
                (fills ??= []).Add(Task.Run(() => FillAsync(path)));
            }
        }

        return fills is null ? Task.CompletedTask : Task.WhenAll(fills);
    }

    private async Task FillAsync(string originPath)
    {
        try
        {
            var lookup = await fetcher.GetAsync(originPath, stopping);
            if (lookup.Object is null)
            {
                Interlocked.Increment(ref _failed);
                LogMissing(logger, originPath);
            }
            else
            {
                Interlocked.Increment(ref _completed);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the shared fetch ends on its own.
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failed);
            LogFailed(logger, originPath, ex.Message);
        }
        finally
        {
            _filling.TryRemove(originPath, out _);
            Interlocked.Decrement(ref _running);
        }
    }

    // Debug: a dead origin already shows in viewers' fills and in health; one line per skipped bet adds nothing.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Read-ahead of {OriginPath} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string originPath, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read-ahead of {OriginPath}: the origin has no such object though its playlist lists it")]
    private static partial void LogMissing(ILogger logger, string originPath);
}
