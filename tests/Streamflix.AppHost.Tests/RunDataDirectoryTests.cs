using System.Diagnostics;
using System.Globalization;
using Streamflix.AppHost.Infrastructure;

namespace Streamflix.AppHost.Tests;

public sealed class RunDataDirectoryTests : IDisposable
{
    private const string OwnerFile = "apphost.pid";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "streamflix-apphost-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Create_makes_a_new_run_folder_owned_by_the_current_process()
    {
        var run = RunDataDirectory.Create(_root);

        Assert.True(Directory.Exists(run.Path));
        Assert.Equal(Path.GetFullPath(_root), Path.GetDirectoryName(Path.GetFullPath(run.Path)));
        Assert.EndsWith("-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Path.GetFileName(run.Path), StringComparison.Ordinal);
        Assert.Equal(
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            File.ReadAllText(Path.Combine(run.Path, OwnerFile)).Trim());
    }

    [Fact]
    public void For_creates_a_server_folder_inside_the_run_folder()
    {
        var run = RunDataDirectory.Create(_root);

        var postgres = run.For("postgres");

        Assert.True(Directory.Exists(postgres));
        Assert.Equal(Path.Combine(run.Path, "postgres"), postgres);
    }

    [Fact]
    public void SweepStale_deletes_a_folder_whose_owner_is_dead()
    {
        var stale = RunFolder("stale", DeadPid());
        File.WriteAllText(Path.Combine(stale, "some-server-file"), "x");

        RunDataDirectory.SweepStale(_root);

        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public void SweepStale_deletes_a_folder_whose_owner_pid_does_not_exist()
    {
        var stale = RunFolder("stale", int.MaxValue - 7);

        RunDataDirectory.SweepStale(_root);

        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public void SweepStale_keeps_a_folder_whose_owner_is_alive()
    {
        var live = RunFolder("live", Environment.ProcessId);

        RunDataDirectory.SweepStale(_root);

        Assert.True(Directory.Exists(live));
    }

    [Fact]
    public void SweepStale_keeps_folders_without_an_owner_file()
    {
        var foreign = Path.Combine(_root, "not-a-run");
        Directory.CreateDirectory(foreign);

        RunDataDirectory.SweepStale(_root);

        Assert.True(Directory.Exists(foreign));
    }

    [Fact]
    public void SweepStale_keeps_folders_with_an_unreadable_owner_file()
    {
        var odd = Path.Combine(_root, "odd");
        Directory.CreateDirectory(odd);
        File.WriteAllText(Path.Combine(odd, OwnerFile), "not a pid");

        RunDataDirectory.SweepStale(_root);

        Assert.True(Directory.Exists(odd));
    }

    [Fact]
    public void Create_sweeps_stale_runs_and_keeps_live_ones()
    {
        var stale = RunFolder("stale", DeadPid());
        var live = RunFolder("live", Environment.ProcessId);

        var run = RunDataDirectory.Create(_root);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(run.Path));
    }

    private string RunFolder(string name, int ownerPid)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, OwnerFile), ownerPid.ToString(CultureInfo.InvariantCulture));
        return path;
    }

    /// <summary>The pid of a process that has exited (and been reaped).</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
