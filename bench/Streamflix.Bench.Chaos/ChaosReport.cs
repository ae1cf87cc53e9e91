using System.Globalization;
using System.Text;

namespace Streamflix.Bench.Chaos;

/// <summary>The experiments' figures on the console and as docs/CHAOS.md (machine, date, command, results, how to reproduce).</summary>
public static class ChaosReport
{
    public static void Print(ExperimentResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"== {result.Name}: {result.Fault}");
        foreach (var phase in result.Phases)
        {
            Console.WriteLine($"   {phase.Phase,-8} {phase.Requests,6} requests  {Percent(phase)} ok  p50 {Ms(phase.P50)}  p99 {Ms(phase.P99)}  longest segment wait {phase.MaxStall:F0} ms");
            foreach (var (error, count) in phase.Errors.OrderByDescending(e => e.Value).Take(4))
            {
                Console.WriteLine($"            {count} × {error}");
            }
        }

        foreach (var finding in result.Findings)
        {
            Console.WriteLine($"   {finding}");
        }

        Console.WriteLine($"   goal ({result.Goal}): {result.Verdict}");
    }

    public static string Markdown(IReadOnlyList<ExperimentResult> results, string command, TimeSpan graphStart, ChaosOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine("# Chaos experiments");
        text.AppendLine();
        text.AppendLine("Written by `bench/chaos` (bench/Streamflix.Bench.Chaos); every figure below was measured by the run described here.");
        text.AppendLine();
        text.AppendLine($"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; the graph and the simulated viewers share it; all traffic is loopback");
        text.AppendLine($"- Command: `{command}` (replicas {options.Replicas} for catalog, playback and recommendations; {options.Viewers} viewers; phases {options.Control.TotalSeconds:F0} s control, {options.Fault.TotalSeconds:F0} s fault, {options.After.TotalSeconds:F0} s after)");
        text.AppendLine($"- Graph healthy {graphStart.TotalSeconds:F0} s after launch (Aspire.Hosting.Testing, `Chaos:Enabled=true`)");
        text.AppendLine();
        text.AppendLine("The load: each viewer, signed in, opens the site's home page, then plays a title through: `StartPlayback` over gRPC, the master and media playlists and every segment from the first-ranked edge, failing over to the next edge as the site's player does; then again. Requests are viewer-facing operations (home page, play start, playlist, segment); a segment fetched after a failed try on one edge counts as a success, its wait (all tries) as the stall.");
        text.AppendLine();
        text.AppendLine("| experiment | phase | requests | success % | p50 ms | p99 ms | longest segment wait ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            if (result.SkippedBecause is { } reason)
            {
                text.AppendLine($"| {result.Name} | — | | | | | skipped: {reason} |");
                continue;
            }

            foreach (var phase in result.Phases)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {result.Name} | {phase.Phase} | {phase.Requests} | {Percent(phase)} | {phase.P50:F0} | {phase.P99:F0} | {phase.MaxStall:F0} |");
            }
        }

        text.AppendLine();
        text.AppendLine("## Goals (issue #7) and findings");
        text.AppendLine();
        foreach (var result in results)
        {
            text.AppendLine($"### {result.Name}");
            text.AppendLine();
            text.AppendLine($"Fault: {result.Fault}. Goal: {result.Goal} — **{result.Verdict}**.");
            text.AppendLine();
            foreach (var finding in result.Findings)
            {
                text.AppendLine($"- {finding}");
            }

            foreach (var phase in result.Phases.Where(p => p.Errors.Count > 0))
            {
                text.AppendLine($"- errors {phase.Phase}: " + string.Join("; ", phase.Errors.OrderByDescending(e => e.Value).Take(5).Select(e => $"{e.Value} × {e.Key}")));
            }

            text.AppendLine();
        }

        text.AppendLine("## How to reproduce");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine("bench/chaos --quick                 # every experiment, short phases (a few minutes after the graph is up)");
        text.AppendLine("bench/chaos                         # every experiment, 30 s / 60 s / 30 s phases");
        text.AppendLine("bench/chaos --only edge-kill        # one of: recs-down catalog-latency edge-kill eventbus-down postgres-restart playback-replica");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("It starts the whole graph in-process, stops it at the end, and rewrites this file. Service logs go to `.tmp/bench-chaos.log`. " +
            "`catalog-latency` needs the fault-injection endpoints (`/chaos`, `Chaos:Enabled`); without them it reports itself skipped.");
        return text.ToString();
    }

    private static string Percent(PhaseStats phase) => double.IsNaN(phase.SuccessPercent) ? "—" : $"{phase.SuccessPercent:F2}";

    private static string Ms(double value) => double.IsNaN(value) ? "—" : $"{value:F0} ms";
}
