namespace Streamflix.Bench.Playback;

/// <summary>
/// The viewers' HTTP client for edges: one pooled handler shared by all viewers (HTTP/1.1, one
/// connection per request in flight), so warm rounds reuse connections opened by the cold one.
/// </summary>
public static class EdgeHttp
{
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 512,
            UseProxy = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            // A backstop; rounds are cancelled at BenchOptions.RoundTimeout.
            Timeout = BenchOptions.RoundTimeout + TimeSpan.FromSeconds(10),
        };
}
