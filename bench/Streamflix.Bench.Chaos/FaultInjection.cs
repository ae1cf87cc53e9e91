using System.Net;

namespace Streamflix.Bench.Chaos;

/// <summary>
/// The only place that knows the fault-injection contract (docs: contracts.md, "Chaos / fault
/// injection"): <c>GET/DELETE /chaos</c> and <c>POST /chaos/inject</c> on a service's HTTP endpoint,
/// guarded by <c>X-Operations-Key</c> (the AppHost's <c>operations-key</c> parameter). The fault lands
/// in Redis (<c>streamflix:chaos:{service}</c>), so one call through Aspire's proxy reaches every replica.
/// </summary>
public sealed class FaultInjection(DistributedApplication app, string operationsKey) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Null when <paramref name="service"/> serves the fault endpoints; otherwise why not (the experiment is skipped).</summary>
    public async Task<string?> UnavailableBecauseAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.SendAsync(Request(HttpMethod.Get, service, "/chaos"), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? null
                : $"fault endpoints not available (GET /chaos on {service} answered {(int)response.StatusCode})";
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return $"fault endpoints not available ({e.Message})";
        }
    }

    public async Task InjectLatencyAsync(string service, int latencyMs, TimeSpan duration, CancellationToken cancellationToken)
    {
        var query = $"/chaos/inject?kind=latency&latencyMs={latencyMs}&percent=100&seconds={(int)Math.Ceiling(duration.TotalSeconds)}";
        using var response = await _http.SendAsync(Request(HttpMethod.Post, service, query), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearAsync(string service, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(Request(HttpMethod.Delete, service, "/chaos"), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private HttpRequestMessage Request(HttpMethod method, string service, string pathAndQuery)
    {
        var request = new HttpRequestMessage(method, new Uri(app.GetEndpoint(service, "http"), pathAndQuery));
        request.Headers.Add("X-Operations-Key", operationsKey);
        return request;
    }

    public void Dispose() => _http.Dispose();
}
