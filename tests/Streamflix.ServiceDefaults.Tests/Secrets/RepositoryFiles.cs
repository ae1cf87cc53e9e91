namespace Streamflix.ServiceDefaults.Tests.Secrets;

/// <summary>The repository's source and configuration files, found from the test's output folder.</summary>
public static class RepositoryFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".razor", ".cshtml", ".js", ".ts", ".json", ".yml", ".yaml", ".xml", ".config", ".props", ".targets",
        ".csproj", ".sln", ".sh", ".ps1", ".env", ".md", ".proto", ".http", ".txt", ".ini", ".conf", ".pem", ".key",
    };

    // Build output, dependencies fetched at build time, run data and scratch: not part of the source.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "node_modules", ".data", ".tmp", "lib", "TestResults", ".vs", ".idea",
    };

    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Streamflix.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Streamflix.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> Enumerate(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (Extensions.Contains(Path.GetExtension(file)) || name.StartsWith(".env", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
