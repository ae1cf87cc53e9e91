using System.Net;
using Microsoft.Extensions.Options;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// Plain HttpClients: forwards the current scenario as a header and, for a rule naming the
/// request's host (the resource name service discovery resolves, e.g. <c>http://origin</c>),
/// injects the fault. It sits inside the standard resilience handler, so its retries and breaker
/// see the injected 503s. gRPC calls pass through: their pipeline applies faults itself, and
/// <see cref="FaultHeaderInterceptor"/> has already set the header.
/// </summary>
public sealed class FaultInjectionHandler(IOptions<ChaosOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || FaultScope.Current is not { } scenario)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (IsGrpc(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Remove(FaultHeader.Name);
        request.Headers.TryAddWithoutValidation(FaultHeader.Name, scenario.ToHeaderValue());

        if (request.RequestUri is { } uri && scenario.RuleFor(TargetOf(uri)) is { } rule && rule.Hits(Random.Shared.NextDouble()))
        {
            switch (rule.Kind)
            {
                case FaultKind.Latency:
                    await Task.Delay(rule.Latency, cancellationToken);
                    break;
                case FaultKind.Error:
                    return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                    {
                        RequestMessage = request,
                        ReasonPhrase = "Injected fault",
                        Content = new StringContent($"Fault injected by {FaultHeader.Name}: {rule}"),
                    };
                case FaultKind.Abort:
                    throw new HttpRequestException(HttpRequestError.ConnectionError,
                        $"Connection to '{uri.Host}' dropped: fault injected by {FaultHeader.Name} ({rule}).");
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>"_grpc.catalog" and "_http.origin" name endpoints of the resources "catalog" and "origin".</summary>
    public static string TargetOf(Uri uri)
    {
        var host = uri.Host;
        return host.StartsWith('_') && host.IndexOf('.') is > 0 and var dot ? host[(dot + 1)..] : host;
    }

    private static bool IsGrpc(HttpRequestMessage request) =>
        request.Content?.Headers.ContentType?.MediaType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
