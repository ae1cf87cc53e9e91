using System.Diagnostics;

namespace Streamflix.Encoder.Encoding;

/// <summary>
/// Runs ffmpeg or ffprobe: arguments as a list (no shell, so titles and paths need no quoting),
/// stdout handed over line by line, the stderr tail kept for failure reasons, and the whole
/// process tree killed when the job is cancelled (shutdown) so no orphan keeps encoding.
/// </summary>
public sealed class ToolProcess(ILogger<ToolProcess> logger)
{
    private const int StderrTailLines = 15;

    // nice(1) execs the tool in place, so killing "nice" kills ffmpeg itself.
    private static readonly Lazy<string?> NicePath = new(() => FindOnPath("nice"));

    public static bool IsOnPath(string tool) => FindOnPath(tool) is not null;

    public async Task<ToolResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        Func<string, CancellationToken, Task>? onStdoutLine,
        bool lowPriority,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        if (lowPriority && NicePath.Value is { } nice)
        {
            startInfo.FileName = nice;
            startInfo.ArgumentList.Add("-n");
            startInfo.ArgumentList.Add("10");
            startInfo.ArgumentList.Add(executable);
        }
        else
        {
            startInfo.FileName = executable;
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = startInfo };
        process.Start();
        logger.LogDebug("Started {Tool} (pid {Pid})", executable, process.Id);

        await using var kill = cancellationToken.Register(() => KillTree(process));
        var stderr = ReadTailAsync(process.StandardError);
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(CancellationToken.None)) is not null)
            {
                if (onStdoutLine is not null && !cancellationToken.IsCancellationRequested)
                {
                    await onStdoutLine(line, cancellationToken);
                }
            }
        }
        catch
        {
            // A failing callback must not leave ffmpeg running unobserved.
            KillTree(process);
            throw;
        }

        var tail = await stderr;
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return new ToolResult(process.ExitCode, tail);
    }

    private static async Task<IReadOnlyList<string>> ReadTailAsync(StreamReader reader)
    {
        var tail = new Queue<string>(StderrTailLines);
        string? line;
        while ((line = await reader.ReadLineAsync(CancellationToken.None)) is not null)
        {
            if (tail.Count == StderrTailLines)
            {
                tail.Dequeue();
            }

            tail.Enqueue(line);
        }

        return [.. tail];
    }

    private void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            logger.LogInformation("Cancelled: killed {Tool} (pid {Pid})", process.StartInfo.FileName, process.Id);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string? FindOnPath(string tool)
    {
        if (Path.IsPathRooted(tool))
        {
            return File.Exists(tool) ? tool : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
    }
}
