using System.Net;

namespace Streamflix.Edge.Caching;

/// <summary>
/// Fills from the origin's <c>/media/{originPath}</c> through the named client "origin" (service
/// discovery, standard resilience). The client is created per fetch so the factory can rotate handlers.
/// </summary>
public sealed class HttpOriginClient(IHttpClientFactory clients, TimeProvider time) : IOriginClient
{
    public const string ClientName = "origin";

    public async Task<CachedObject?> FetchAsync(string originPath, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(ClientName);
        using var response = await http.GetAsync($"media/{originPath}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new OriginUnavailableException(originPath, response.StatusCode);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new CachedObject(
            body,
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            response.Headers.ETag?.ToString(),
            response.Headers.CacheControl?.ToString(),
            response.Content.Headers.LastModified,
            time.GetUtcNow());
    }
}
