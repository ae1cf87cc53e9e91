using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Streamflix.Encoder.Media;

/// <summary>
/// Origin's write API: <c>PUT /media/{titleId}/{path}</c> (idempotent overwrite) and
/// <c>DELETE /media/{titleId}</c>. Service discovery resolves "origin"; the standard resilience
/// handler retries transient failures, which is safe because both calls are idempotent.
/// </summary>
public sealed class OriginClient(HttpClient http, IOptions<OriginOptions> options)
{
    public const string BaseAddress = "http://origin";
    public const string KeyHeader = "X-Origin-Key";

    /// <summary>Deletes a title's media; with <paramref name="keepVersion"/>, every version but that one.</summary>
    public async Task DeleteTitleAsync(string titleId, string? keepVersion, CancellationToken cancellationToken)
    {
        var keep = keepVersion is null ? "" : $"?keep={Uri.EscapeDataString(keepVersion)}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"media/{Uri.EscapeDataString(titleId)}{keep}");
        using var response = await SendAsync(request, cancellationToken);
        // Nothing stored yet is the same as cleared.
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task PutFileAsync(string titleId, string relativePath, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var path = string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"media/{Uri.EscapeDataString(titleId)}/{path}")
        {
            // Bytes, not a file stream: the resilience handler may send the same request again.
            Content = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } },
        };
        using var response = await SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = options.Value.WriteKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"{OriginOptions.SectionName}:WriteKey is not configured; origin refuses writes without it.");
        }

        request.Headers.Add(KeyHeader, key);
        return http.SendAsync(request, cancellationToken);
    }
}
