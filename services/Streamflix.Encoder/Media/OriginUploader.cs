using Microsoft.Extensions.Options;
using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Media;

/// <summary>
/// Replaces a title's media on origin with a ladder folder. Every encode goes under its own
/// version folder (<c>{title}/{version}/…</c>): edges cache objects by path, so a re-encode under
/// the same names would mix old and new segments there. Order matters because edges and players
/// may fetch at any moment: segments, then the media playlists that name them, then master.m3u8,
/// and only then are older versions dropped, so nobody mid-stream loses the version they play
/// before the new one is complete.
/// </summary>
public sealed class OriginUploader(OriginClient origin, IOptions<EncoderOptions> options, ILogger<OriginUploader> logger)
{
    public static string VersionOf(Guid jobId) => $"v{jobId:N}"[..13];

    public async Task<int> UploadLadderAsync(string titleId, string version, string ladderDirectory, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(ladderDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ladderDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        var master = files.SingleOrDefault(f => f == MasterPlaylistWriter.FileName)
            ?? throw new InvalidOperationException($"{ladderDirectory} has no {MasterPlaylistWriter.FileName}.");
        var segments = files.Where(f => !f.EndsWith(".m3u8", StringComparison.Ordinal)).ToList();
        var mediaPlaylists = files.Where(f => f.EndsWith(".m3u8", StringComparison.Ordinal) && f != master).ToList();

        await PutAllAsync(titleId, version, ladderDirectory, segments, cancellationToken);
        await PutAllAsync(titleId, version, ladderDirectory, mediaPlaylists, cancellationToken);
        await PutAllAsync(titleId, version, ladderDirectory, [master], cancellationToken);
        await origin.DeleteTitleAsync(titleId, keepVersion: version, cancellationToken);
        logger.LogInformation("Uploaded {Files} files of {TitleId} to origin", files.Count, titleId);
        return files.Count;
    }

    private async Task PutAllAsync(string titleId, string version, string root, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.UploadParallelism,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(files, parallel, async (file, ct) =>
        {
            var content = await File.ReadAllBytesAsync(Path.Combine(root, file), ct);
            await origin.PutFileAsync(titleId, $"{version}/{file}", content, ContentTypeOf(file), ct);
        });
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".m3u8" => "application/vnd.apple.mpegurl",
        ".ts" => "video/mp2t",
        ".m4s" or ".mp4" => "video/mp4",
        _ => "application/octet-stream",
    };
}
