using Streamflix.Edge.Prefill;

namespace Streamflix.Edge.Renditions;

/// <summary>
/// Which folders of a title hold which rendition height, learnt from one master playlist: a variant's
/// URI <c>720p/index.m3u8</c> next to <c>{titleId}/{version}/master.m3u8</c> makes
/// <c>{titleId}/{version}/720p</c> (and everything below it) a 720-line folder. Keys are origin paths.
/// </summary>
/// <remarks>
/// Capping by folder is what lets a segment request be judged without reading any playlist; it relies
/// on one rendition per folder, which is how the encoder lays titles out. Where variants share a folder
/// the folder counts as its lowest variant (never refusing a rendition the plan includes), and variants
/// next to the master itself have no folder of their own: those are capped by the master filter only.
/// </remarks>
public sealed class RenditionLadder
{
    private readonly Dictionary<string, int> _heightByFolder;

    private RenditionLadder(string masterFolder, Dictionary<string, int> heightByFolder)
    {
        MasterFolder = masterFolder;
        _heightByFolder = heightByFolder;
    }

    /// <summary>The master's folder as an origin path, e.g. <c>the-long-night/v0f3a9c2b1d4e</c>.</summary>
    public string MasterFolder { get; }

    public IReadOnlyDictionary<string, int> HeightByFolder => _heightByFolder;

    /// <param name="masterRelativePath">The master below the title, e.g. <c>v0f3a9c2b1d4e/master.m3u8</c>.</param>
    public static RenditionLadder FromMaster(string titleId, string masterRelativePath, string playlist)
    {
        var slash = masterRelativePath.LastIndexOf('/');
        var masterFolder = slash < 0 ? titleId : $"{titleId}/{masterRelativePath[..slash]}";
        var heights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var variant in PlaylistParser.Variants(playlist))
        {
            if (PlaylistParser.Resolve(masterRelativePath, variant.Uri) is not { } resolved)
            {
                continue;
            }

            var folder = $"{titleId}/{resolved}";
            folder = folder[..folder.LastIndexOf('/')];
            if (folder.Length <= masterFolder.Length)
            {
                continue;   // beside the master: no folder of its own
            }

            heights[folder] = heights.TryGetValue(folder, out var known) ? Math.Min(known, variant.Height) : variant.Height;
        }

        return new RenditionLadder(masterFolder, heights);
    }

    /// <summary>
    /// The height that governs <paramref name="folder"/> (an origin path): that of the nearest variant
    /// folder it is or lies in, or 0 when it belongs to no variant (the master's own folder, audio groups).
    /// </summary>
    public int HeightOf(string folder)
    {
        var candidate = folder;
        while (candidate.Length > MasterFolder.Length && candidate.StartsWith(MasterFolder, StringComparison.Ordinal))
        {
            if (_heightByFolder.TryGetValue(candidate, out var height))
            {
                return height;
            }

            candidate = candidate[..candidate.LastIndexOf('/')];
        }

        return 0;
    }
}
