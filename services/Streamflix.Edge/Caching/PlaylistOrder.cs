using System.Collections.Concurrent;
using System.Text;
using Streamflix.Edge.Prefill;

namespace Streamflix.Edge.Caching;

/// <summary>
/// The order of segments in the media playlists that passed through this edge, by folder in origin-path
/// form (<c>{titleId}/{version}/720p/</c>): what lets read-ahead know which segment a viewer wants after
/// the one just served. Only segments in the same folder as each other are ordered together, so the
/// next segments of a segment are always in the folder a viewer was just allowed to read (a plan's
/// height cap is decided per folder).
/// </summary>
/// <remarks>
/// Bounded by playlists and by segments (a two-hour title at 4 s is 1,800 segments); when either bound
/// is reached the memory starts over, which only costs learning playlists again as viewers fetch them.
/// </remarks>
public sealed class PlaylistOrder
{
    public const int MaxPlaylists = 4_096;
    public const int MaxSegments = 262_144;

    private readonly ConcurrentDictionary<string, FolderSegments> _byFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FolderSegments>.AlternateLookup<ReadOnlySpan<char>> _byFolderSpan;
    private long _segments;

    public PlaylistOrder() => _byFolderSpan = _byFolder.GetAlternateLookup<ReadOnlySpan<char>>();

    public int KnownFolders => _byFolder.Count;

    /// <summary>
    /// Learns a media playlist at <paramref name="playlistOriginPath"/> (<c>{titleId}/{relativePath}</c>).
    /// Master playlists are not media playlists: their URIs are renditions, not segments in play order.
    /// </summary>
    public void Learn(string playlistOriginPath, CachedObject playlist)
    {
        var titleEnd = playlistOriginPath.IndexOf('/');
        var folderEnd = playlistOriginPath.LastIndexOf('/');
        if (titleEnd <= 0 || PlaylistParser.IsMasterPlaylist(playlist.Body))
        {
            return;
        }

        // Every viewer of a title fetches the same cached playlist: parse it once, not once per viewer
        // (checked on the playlist's own folder, where segments are in every layout this platform writes).
        if (_byFolderSpan.TryGetValue(playlistOriginPath.AsSpan(0, folderEnd + 1), out var known) && ReferenceEquals(known.Source, playlist.Body))
        {
            return;
        }

        var titleId = playlistOriginPath[..titleEnd];
        var playlistPath = playlistOriginPath[(titleEnd + 1)..];
        var segments = PlaylistParser.UriLines(Encoding.UTF8.GetString(playlist.Body))
            .Select(uri => PlaylistParser.Resolve(playlistPath, uri))
            .OfType<string>()
            .Select(relative => $"{titleId}/{relative}")
            .Distinct(StringComparer.Ordinal);

        foreach (var folder in segments.GroupBy(FolderOf, StringComparer.Ordinal))
        {
            Remember(folder.Key, new FolderSegments(playlist.Body, [.. folder]));
        }
    }

    /// <summary>
    /// Origin paths of up to <paramref name="count"/> segments after <paramref name="segmentOriginPath"/>
    /// in its playlist; empty when its folder or the segment is unknown, or it is the last one.
    /// </summary>
    public ReadOnlySpan<string> Next(string segmentOriginPath, int count)
    {
        var folderEnd = segmentOriginPath.LastIndexOf('/');
        if (folderEnd <= 0
            || !_byFolderSpan.TryGetValue(segmentOriginPath.AsSpan(0, folderEnd + 1), out var folder)
            || !folder.Index.TryGetValue(segmentOriginPath, out var position))
        {
            return [];
        }

        var first = position + 1;
        return folder.Paths.AsSpan(first, Math.Min(count, folder.Paths.Length - first));
    }

    private void Remember(string folder, FolderSegments segments)
    {
        if (_byFolder.Count >= MaxPlaylists || Interlocked.Read(ref _segments) + segments.Paths.Length > MaxSegments)
        {
            _byFolder.Clear();
            Interlocked.Exchange(ref _segments, 0);
        }

        var previous = 0;
        _byFolder.AddOrUpdate(folder, segments, (_, old) =>
        {
            previous = old.Paths.Length;
            return segments;
        });
        Interlocked.Add(ref _segments, segments.Paths.Length - previous);
    }

    private static string FolderOf(string originPath) => originPath[..(originPath.LastIndexOf('/') + 1)];

    private sealed class FolderSegments(byte[] source, string[] paths)
    {
        /// <summary>The playlist body it was learned from, to recognise the same cached playlist.</summary>
        public byte[] Source { get; } = source;

        public string[] Paths { get; } = paths;

        public Dictionary<string, int> Index { get; } = paths.Select((path, i) => (path, i)).ToDictionary(p => p.path, p => p.i, StringComparer.Ordinal);
    }
}
