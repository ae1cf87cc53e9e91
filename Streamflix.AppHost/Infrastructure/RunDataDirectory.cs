using System.Diagnostics;
using System.Globalization;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// One data folder per AppHost run under <c>.data/</c>: local servers start from a clean state,
/// exactly like containers without volumes, and never trip over a previous run's lock files.
/// Folders of runs whose AppHost is gone are swept at start, because DCP deletes nothing.
/// </summary>
public sealed class RunDataDirectory
{
    private const string OwnerFile = "apphost.pid";

    private RunDataDirectory(string path) => Path = path;

    public string Path { get; }

    public string For(string server)
    {
        var directory = System.IO.Path.Combine(Path, server);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static RunDataDirectory Create(string root)
    {
        Directory.CreateDirectory(root);
        SweepStale(root);

        var pid = Environment.ProcessId;
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{pid}");
        var path = System.IO.Path.Combine(root, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, OwnerFile), pid.ToString(CultureInfo.InvariantCulture));
        return new RunDataDirectory(path);
    }

    public static void SweepStale(string root)
    {
        foreach (var directory in Directory.EnumerateDirectories(root))
        {
            var ownerFile = System.IO.Path.Combine(directory, OwnerFile);
            if (!File.Exists(ownerFile)
                || !int.TryParse(File.ReadAllText(ownerFile), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                || IsAlive(pid))
            {
                continue;
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A server of that run may still be shutting down; the next start sweeps it.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
