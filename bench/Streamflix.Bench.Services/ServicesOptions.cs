namespace Streamflix.Bench.Services;

/// <summary>
/// Command line: <c>[--only grpc,web,scaling] --duration 10 --warmup 5 --rounds 3 --concurrency 32
/// --replicas 3 --viewers 24</c>. Scaling starts the graph once per replica count from 1 to --replicas.
/// </summary>
public sealed record ServicesOptions(
    IReadOnlySet<string> Only, int DurationSeconds, int WarmupSeconds, int Rounds, int Concurrency, int MaxReplicas, int Viewers)
{
    public const string Usage =
        "usage: bench/run --only grpc,web,scaling, or dotnet run -c Release --project bench/Streamflix.Bench.Services -- " +
        "[--only grpc,web,scaling] [--duration 10] [--warmup 5] [--rounds 3] [--concurrency 32] [--replicas 3] [--viewers 24]";

    public static readonly string[] Parts = ["grpc", "web", "scaling"];

    public TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupSeconds);

    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    public static ServicesOptions? Parse(IReadOnlyList<string> args)
    {
        var only = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--only" && i + 1 < args.Count && args[i + 1].Split(',').All(Parts.Contains))
            {
                only.UnionWith(args[++i].Split(','));
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return PositiveIntegerOptions.Parse(rest, new Dictionary<string, int>
        {
            ["--duration"] = 10,
            ["--warmup"] = 5,
            ["--rounds"] = 3,
            ["--concurrency"] = 32,
            ["--replicas"] = 3,
            ["--viewers"] = 24,
        }) is { } v
            ? new ServicesOptions(only, v["--duration"], v["--warmup"], v["--rounds"], v["--concurrency"], v["--replicas"], v["--viewers"])
            : null;
    }
}
