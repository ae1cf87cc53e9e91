using System.Collections.Concurrent;
using System.Text;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Prefill;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Renditions;

/// <summary>
/// Answers "which rendition height is this object?" for capped viewers, so that a request into a
/// rendition above the plan is refused before anything is fetched. The answer for a folder comes from
/// the nearest master playlist above it (<c>{titleId}/{version}/master.m3u8</c> for
/// <c>{titleId}/{version}/720p/…</c>), fetched through the cache like any fill (and so coalesced with
/// viewers' fetches of it). Two small memories keep it cheap: the ladder of each master looked at, and
/// the height of each folder asked about, so a capped segment request costs one dictionary lookup on a
/// span of its path, with no allocation and no playlist parsing.
/// </summary>
/// <remarks>
/// Objects never change under a path (every encode has its own version folder), so nothing here
/// expires; the memories are bounded and start over when full, which only costs re-reading cached masters.
/// </remarks>
public sealed class RenditionGate
{
    public const int MaxFolders = 16_384;
    public const int MaxMasters = 4_096;
    private const string MasterFileName = SignedMediaUrl.DefaultRelativePath;

    private readonly OriginFetcher _fetcher;
    private readonly ConcurrentDictionary<string, int> _heightByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _heightByFolderSpan;

    // A null ladder remembers that a folder has no master, so a missing one is asked of the origin once.
    private readonly ConcurrentDictionary<string, RenditionLadder?> _ladderByMaster = new(StringComparer.Ordinal);

    public RenditionGate(OriginFetcher fetcher)
    {
        _fetcher = fetcher;
        _heightByFolderSpan = _heightByFolder.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int KnownFolders => _heightByFolder.Count;

    public int KnownMasters => _ladderByMaster.Count;

    /// <summary>
    /// The rendition height of the object at <paramref name="originPath"/> (<c>{titleId}/{relativePath}</c>);
    /// 0 when it is not inside any variant's folder (masters, audio groups) or the variant has no resolution.
    /// Throws what the origin fetch throws when a master has to be read and cannot be.
    /// </summary>
    public ValueTask<int> HeightOfAsync(string originPath, CancellationToken cancellationToken)
    {
        var slash = originPath.LastIndexOf('/');
        if (slash <= 0)
        {
            return ValueTask.FromResult(0);
        }

        return _heightByFolderSpan.TryGetValue(originPath.AsSpan(0, slash), out var height)
            ? ValueTask.FromResult(height)
            : ResolveAsync(originPath[..slash], cancellationToken);
    }

    private async ValueTask<int> ResolveAsync(string folder, CancellationToken cancellationToken)
    {
        // Nearest master first, up to the title's own folder (the first segment), never above it.
        var height = 0;
        for (var slash = folder.LastIndexOf('/'); slash > 0; slash = folder.LastIndexOf('/', slash - 1))
        {
            if (await LadderAsync(folder[..slash], cancellationToken) is { } ladder)
            {
                height = ladder.HeightOf(folder);
                break;
            }
        }

        Remember(_heightByFolder, folder, height, MaxFolders);
        return height;
    }

    private async ValueTask<RenditionLadder?> LadderAsync(string masterFolder, CancellationToken cancellationToken)
    {
        var masterPath = $"{masterFolder}/{MasterFileName}";
        if (_ladderByMaster.TryGetValue(masterPath, out var known))
        {
            return known;
        }

        var lookup = await _fetcher.GetAsync(masterPath, cancellationToken);
        RenditionLadder? ladder = null;
        if (lookup.Object is { } master && PlaylistParser.IsMasterPlaylist(master.Body))
        {
            var titleEnd = masterPath.IndexOf('/');
            ladder = RenditionLadder.FromMaster(
                masterPath[..titleEnd], masterPath[(titleEnd + 1)..], Encoding.UTF8.GetString(master.Body));
        }

        Remember(_ladderByMaster, masterPath, ladder, MaxMasters);
        return ladder;
    }

    private static void Remember<T>(ConcurrentDictionary<string, T> memory, string key, T value, int maxEntries)
    {
        if (memory.Count >= maxEntries)
        {
            memory.Clear();
        }

        memory[key] = value;
    }
}
