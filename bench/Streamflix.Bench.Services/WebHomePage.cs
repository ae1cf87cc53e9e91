namespace Streamflix.Bench.Services;

/// <summary>
/// The site's home page as a browser first gets it: GET / (the server-rendered Blazor page with the
/// catalog's rows, before the interactive circuit connects), under the same closed-loop load.
/// </summary>
public static class WebHomePage
{
    public static async Task RunAsync(StreamflixGraph graph, ServicesOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = options.Concurrency,
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = graph.HttpEndpoint("web"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var first = await http.GetStringAsync("/", cancellationToken);
        Console.WriteLine($"web: GET {http.BaseAddress} ({first.Length:N0} chars of HTML)");

        async Task Get(CancellationToken ct)
        {
            using var response = await http.GetAsync("/", HttpCompletionOption.ResponseContentRead, ct);
            response.EnsureSuccessStatusCode();
        }

        var result = (await Rounds.AlternateAsync([("web GET /", Get)], options, cancellationToken))[0];
        Console.WriteLine($"  median: {result.Line()}");
        Console.WriteLine($"RESULT web rps={result.PerSecond:F0} p50_ms={result.Latency.At(50):F1} p99_ms={result.Latency.At(99):F1} " +
            $"concurrency={options.Concurrency} errors={result.Errors}");
    }
}
