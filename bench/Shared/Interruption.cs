namespace Streamflix.Bench;

/// <summary>Ctrl+C for the graph benchmarks.</summary>
public static class Interruption
{
    /// <summary>
    /// A token the first Ctrl+C cancels, so the benchmark stops cleanly (its own clean-up runs and the
    /// graph is torn down); a second Ctrl+C ends the process as usual.
    /// </summary>
    public static CancellationTokenSource OnCtrlC()
    {
        var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!interrupted.IsCancellationRequested)
            {
                e.Cancel = true;
                Console.WriteLine("interrupted: stopping the graph…");
                interrupted.Cancel();
            }
        };
        return interrupted;
    }
}
