using System.Diagnostics;

namespace Streamflix.AppHost.Infrastructure;

/// <summary>
/// Asks the container runtime whether its engine answers. Aspire itself only finds out after it
/// has added the containers, and then waits for them forever ("RuntimeUnhealthy"), so the
/// decision has to be made before the graph is built.
/// </summary>
public static class ContainerRuntimeProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(4);

    /// <summary>The runtime Aspire would use: ASPIRE_CONTAINER_RUNTIME, else docker.</summary>
    public static string RuntimeName(Func<string, string?> environment) =>
        environment("ASPIRE_CONTAINER_RUNTIME")
        ?? environment("DOTNET_ASPIRE_CONTAINER_RUNTIME")
        ?? "docker";

    public static bool IsAvailable(string runtime, TimeSpan timeout)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0 && !string.IsNullOrWhiteSpace(process.StandardOutput.ReadToEnd());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed at all.
            return false;
        }
    }
}
