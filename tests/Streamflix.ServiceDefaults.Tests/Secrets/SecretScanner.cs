namespace Streamflix.ServiceDefaults.Tests.Secrets;

/// <summary>Finds secret-looking text in files: "path:line pattern", minus the allow-list.</summary>
public static class SecretScanner
{
    public sealed record Finding(string Path, int Line, string Pattern, string Excerpt)
    {
        public override string ToString() => $"{Path}:{Line} {Pattern}: {Excerpt}";
    }

    public static IEnumerable<Finding> ScanText(string path, string text)
    {
        var lines = text.Split('\n');
        var config = SecretPatterns.IsConfigFile(path);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var pattern in SecretPatterns.All.Where(p => config || !p.ConfigOnly))
            {
                if (pattern.Matches(lines[i], out var value) && !SecretAllowList.Allows(path, pattern.Name))
                {
                    // Enough to find it, not enough to leak it again in a test log.
                    var excerpt = value.Length > 12 ? value[..12] + "…" : value;
                    yield return new Finding(path, i + 1, pattern.Name, excerpt);
                }
            }
        }
    }

    public static IReadOnlyList<Finding> ScanRepository(string root) =>
        [.. RepositoryFiles.Enumerate(root)
            .Where(file => new FileInfo(file).Length < 2 * 1024 * 1024)
            .SelectMany(file => ScanText(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file)))];
}
