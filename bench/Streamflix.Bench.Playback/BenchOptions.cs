namespace Streamflix.Bench.Playback;

/// <summary>Command line: <c>--viewers 200 --rounds 2 --concurrency-setup 16</c>.</summary>
public sealed record BenchOptions(int Viewers, int Rounds, int SetupConcurrency)
{
    public const string Usage = "usage: bench/playback [--viewers 200] [--rounds 2] [--concurrency-setup 16]";

    /// <summary>A round running longer than this is cancelled and reported as such.</summary>
    public static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The options, or null (with the reason on stderr) when the command line is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args) =>
        PositiveIntegerOptions.Parse(args, new Dictionary<string, int>
        {
            ["--viewers"] = 200,
            ["--rounds"] = 2,
            ["--concurrency-setup"] = 16,
        }) is { } values
            ? new BenchOptions(values["--viewers"], values["--rounds"], values["--concurrency-setup"])
            : null;
}
