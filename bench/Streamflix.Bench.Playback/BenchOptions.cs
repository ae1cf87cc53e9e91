namespace Streamflix.Bench.Playback;

/// <summary>
/// Command line: <c>--viewers 200 --rounds 2 --concurrency-setup 16 --zap-seconds 20 --steady-seconds 60</c>.
/// Burst rounds (every viewer presses Play at once) come first, then the steady run (every viewer
/// watching, each zapping to a new start every <c>--zap-seconds</c> on average).
/// </summary>
public sealed record BenchOptions(int Viewers, int Rounds, int SetupConcurrency, int ZapSeconds, int SteadySeconds)
{
    public const string Usage = "usage: bench/playback [--viewers 200] [--rounds 2] [--concurrency-setup 16] [--zap-seconds 20] [--steady-seconds 60]";

    /// <summary>The steady run's warm-up before Plays are timed: every viewer has started once.</summary>
    public TimeSpan SteadyWarmup => TimeSpan.FromSeconds(ZapSeconds + 10);

    /// <summary>A round running longer than this is cancelled and reported as such.</summary>
    public static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The options, or null (with the reason on stderr) when the command line is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args) =>
        PositiveIntegerOptions.Parse(args, new Dictionary<string, int>
        {
            ["--viewers"] = 200,
            ["--rounds"] = 2,
            ["--concurrency-setup"] = 16,
            ["--zap-seconds"] = 20,
            ["--steady-seconds"] = 60,
        }) is { } values
            ? new BenchOptions(values["--viewers"], values["--rounds"], values["--concurrency-setup"], values["--zap-seconds"], values["--steady-seconds"])
            : null;
}
