using System.Collections.Concurrent;
using System.Net;

namespace Streamflix.Encoder.Tests;

/// <summary>Origin's write API in memory: records each request (method, path, key, body size) and answers with <see cref="Status"/>.</summary>
public sealed class FakeOrigin : HttpMessageHandler
{
    private readonly ConcurrentQueue<OriginRequest> _requests = new();

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public IReadOnlyList<OriginRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? 0 : (await request.Content.ReadAsByteArrayAsync(cancellationToken)).Length;
        var key = request.Headers.TryGetValues("X-Origin-Key", out var values) ? values.Single() : null;
        _requests.Enqueue(new OriginRequest(request.Method.Method, request.RequestUri!.AbsolutePath, key, body));
        return new HttpResponseMessage(Status);
    }
}

public sealed record OriginRequest(string Method, string Path, string? Key, int BodyBytes);
