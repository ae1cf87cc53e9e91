namespace Streamflix.Origin.Storage;

/// <summary>
/// The master copy of every title: one folder per title under <see cref="Root"/>. Writes land in a temp
/// file beside the target and are moved over it, so a reader sees the old object or the new one, never
/// half of one.
/// </summary>
public sealed class MediaStore
{
    private const int CopyBufferBytes = 128 * 1024;

    public MediaStore(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public StoredObject? Find(MediaPath path)
    {
        var info = new FileInfo(ResolveFile(path));

        // A link could point anywhere on the machine; the store only ever creates regular files.
        return info.Exists && info.LinkTarget is null
            ? new StoredObject(info.FullName, info.Length, info.LastWriteTimeUtc)
            : null;
    }

    public async Task<WriteOutcome> WriteAsync(MediaPath path, Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var target = ResolveFile(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // Same folder, so the move is a rename on one file system; the leading dot keeps it outside
        // the valid names, so a half-written temp file can never be requested.
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long written = 0;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferBytes, FileOptions.Asynchronous))
            {
                var buffer = new byte[CopyBufferBytes];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    written += read;
                    if (written > maxBytes)
                    {
                        return new WriteOutcome(WriteStatus.TooLarge, written);
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
            }

            var existed = File.Exists(target);
            File.Move(temp, target, overwrite: true);
            var stored = Find(path)!;
            return new WriteOutcome(existed ? WriteStatus.Replaced : WriteStatus.Created, written, stored);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Removes a title's folder, or, with <paramref name="keep"/>, everything in it but that entry:
    /// the encoder publishes a new encode under its own version folder, then drops the older ones,
    /// so viewers on the old version are never cut off mid-upload. False when there was nothing.
    /// </summary>
    public bool DeleteTitle(string titleId, string? keep = null)
    {
        var folder = ResolveTitle(titleId);
        if (!Directory.Exists(folder))
        {
            return false;
        }

        if (keep is null)
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => e.Name != keep))
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        return true;
    }

    public TitleManifest? GetManifest(string titleId)
    {
        var folder = ResolveTitle(titleId);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = new DirectoryInfo(folder)
            .EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.StartsWith('.') && f.LinkTarget is null)
            .Select(f => (File: f, Relative: Path.GetRelativePath(folder, f.FullName).Replace('\\', '/')))
            .Where(f => MediaPath.TryCreate(titleId, f.Relative, out _))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new TitleManifestEntry(f.Relative, f.File.Length, new StoredObject(f.File.FullName, f.File.Length, f.File.LastWriteTimeUtc).ETag))
            .ToList();

        return new TitleManifest(titleId, files, files.Sum(f => f.Bytes));
    }

    /// <summary>
    /// The full path of an object, checked to be inside the store. <see cref="MediaPath.TryCreate"/>
    /// already refuses traversal; this is the second lock, for a path built some other way.
    /// </summary>
    public string ResolveFile(MediaPath path) => EnsureInside(Path.Combine(Root, path.TitleId, path.RelativePath), path.ToString());

    private string ResolveTitle(string titleId) => EnsureInside(Path.Combine(Root, titleId), titleId);

    private string EnsureInside(string candidate, string requested)
    {
        var full = Path.GetFullPath(candidate);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new MediaPathOutsideStoreException(requested);
        }

        return full;
    }
}
