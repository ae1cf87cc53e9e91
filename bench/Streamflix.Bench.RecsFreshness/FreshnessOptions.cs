namespace Streamflix.Bench.RecsFreshness;

/// <summary>Command line: <c>--viewers 20 --samples 200 --concurrency 4</c>.</summary>
public sealed record FreshnessOptions(int Viewers, int Samples, int Concurrency)
{
    public const string Usage = "usage: bench/recs-freshness [--viewers 20] [--samples 200] [--concurrency 4]";

    /// <summary>How often a sample asks for the rows while it waits for them to reflect its event.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>A sample whose rows have not reflected its event by then is a timeout.</summary>
    public static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The p99 event→rows latency the recommendations service is held to.</summary>
    public const double TargetP99Milliseconds = 500;

    /// <summary>The options, or null (with the reason on stderr) when the command line is not understood.</summary>
    public static FreshnessOptions? Parse(IReadOnlyList<string> args) =>
        PositiveIntegerOptions.Parse(args, new Dictionary<string, int>
        {
            ["--viewers"] = 20,
            ["--samples"] = 200,
            ["--concurrency"] = 4,
        }) is { } values
            ? new FreshnessOptions(values["--viewers"], values["--samples"], values["--concurrency"])
            : null;
}
