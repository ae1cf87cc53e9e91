using Microsoft.Extensions.Options;
using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Prefill;

/// <summary>
/// Proactive fill of a title a viewer is likely to start soon (new release, trending): its playlists
/// and the first segments of each rendition, so start-up is served from the edge whatever bitrate the
/// player picks first. Goes through the coalescing fetcher, so it never duplicates a viewer's fill.
/// The media playlists it reads are handed to read-ahead, which then knows their segment order before
/// any viewer has fetched them.
/// </summary>
public sealed class EdgePrefill(OriginFetcher fetcher, SegmentReadAhead readAhead, IOptions<EdgeOptions> options)
{
    private const string DefaultMasterPlaylist = "master.m3u8";
    private const int Parallelism = 4;

    public Task<PrefillReport> PrefillAsync(string titleId, CancellationToken cancellationToken) =>
        PrefillAsync(titleId, DefaultMasterPlaylist, cancellationToken);

    /// <param name="masterPlaylist">The master playlist's path below the title, e.g. "v0f3a9c2b1d4e/master.m3u8".</param>
    public async Task<PrefillReport> PrefillAsync(string titleId, string masterPlaylist, CancellationToken cancellationToken)
    {
        var master = await fetcher.GetAsync($"{titleId}/{masterPlaylist}", cancellationToken);
        if (master.Object is null)
        {
            return new PrefillReport(titleId, Found: false, 0, 0, 0, 0);
        }

        var tally = new Tally();
        tally.Add(master.Object.Length);
        readAhead.Learn($"{titleId}/{masterPlaylist}", master.Object);   // a title published as a single media playlist
        var masterText = System.Text.Encoding.UTF8.GetString(master.Object.Body);

        // A title may be published as a single media playlist; then it is its own only rendition.
        var mediaPlaylists = PlaylistParser.IsMasterPlaylist(masterText)
            ? PlaylistParser.UriLines(masterText)
                .Concat(PlaylistParser.TagUris(masterText, "#EXT-X-MEDIA"))
                .Select(uri => PlaylistParser.Resolve(masterPlaylist, uri))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList()
            : [];

        var segments = mediaPlaylists.Count == 0
            ? FirstSegments(masterPlaylist, masterText)
            : [];

        await Parallel.ForEachAsync(mediaPlaylists, Options(cancellationToken), async (playlistPath, ct) =>
        {
            var playlist = await TryFetchAsync($"{titleId}/{playlistPath}", tally, ct);
            if (playlist is not null)
            {
                readAhead.Learn($"{titleId}/{playlistPath}", playlist);
                var first = FirstSegments(playlistPath, System.Text.Encoding.UTF8.GetString(playlist.Body));
                lock (segments)
                {
                    segments.AddRange(first);
                }
            }
        });

        await Parallel.ForEachAsync(segments.Distinct(StringComparer.Ordinal), Options(cancellationToken), async (segment, ct) =>
        {
            if (await TryFetchAsync($"{titleId}/{segment}", tally, ct) is not null)
            {
                Interlocked.Increment(ref tally.Segments);
            }
        });

        return new PrefillReport(titleId, Found: true, 1 + mediaPlaylists.Count, tally.Segments, tally.Bytes, tally.Failed);
    }

    private List<string> FirstSegments(string playlistPath, string playlist) =>
        PlaylistParser.TagUris(playlist, "#EXT-X-MAP")
            .Concat(PlaylistParser.UriLines(playlist).Take(options.Value.PrefillSegments))
            .Select(uri => PlaylistParser.Resolve(playlistPath, uri))
            .OfType<string>()
            .ToList();

    // One missing or failing object must not abandon the rest of the prefill.
    private async Task<CachedObject?> TryFetchAsync(string originPath, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var lookup = await fetcher.GetAsync(originPath, cancellationToken);
            if (lookup.Object is null)
            {
                Interlocked.Increment(ref tally.Failed);
                return null;
            }

            tally.Add(lookup.Object.Length);
            return lookup.Object;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref tally.Failed);
            return null;
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    private sealed class Tally
    {
        public long Bytes;
        public int Segments;
        public int Failed;

        public void Add(long bytes) => Interlocked.Add(ref Bytes, bytes);
    }
}
