using Microsoft.AspNetCore.Http;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Http;

namespace Streamflix.Edge.Tests;

public sealed class MediaResponseWriterTests
{
    // Larger than one write chunk, so the chunked copy is exercised.
    private static readonly byte[] Body = Enumerable.Range(0, 600_000).Select(i => (byte)(i * 7)).ToArray();

    private static readonly CachedObject Value = new(
        Body, "video/mp2t", "\"v1\"", "public, max-age=60", new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_full_response_carries_the_whole_body_and_its_length()
    {
        var (context, body) = Context("GET");

        var sent = await MediaResponseWriter.WriteAsync(context, Value, CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(Body.Length, context.Response.ContentLength);
        Assert.Equal(Body.Length, sent);
        Assert.Equal(Body, body.ToArray());
        Assert.Equal("\"v1\"", context.Response.Headers.ETag);
    }

    [Fact]
    public async Task A_range_sends_only_its_bytes()
    {
        var (context, body) = Context("GET", request => request.Headers.Range = "bytes=300000-300009");

        var sent = await MediaResponseWriter.WriteAsync(context, Value, CancellationToken.None);

        Assert.Equal(StatusCodes.Status206PartialContent, context.Response.StatusCode);
        Assert.Equal(10, sent);
        Assert.Equal(Body[300_000..300_010], body.ToArray());
        Assert.Equal($"bytes 300000-300009/{Body.Length}", context.Response.Headers.ContentRange);
    }

    [Fact]
    public async Task A_matching_validator_gets_304_without_a_body()
    {
        var (context, body) = Context("GET", request => request.Headers.IfNoneMatch = "W/\"v1\"");

        Assert.Equal(0, await MediaResponseWriter.WriteAsync(context, Value, CancellationToken.None));
        Assert.Equal(StatusCodes.Status304NotModified, context.Response.StatusCode);
        Assert.Equal(0, body.Length);
    }

    [Fact]
    public async Task Head_sends_headers_only()
    {
        var (context, body) = Context("HEAD");

        Assert.Equal(0, await MediaResponseWriter.WriteAsync(context, Value, CancellationToken.None));
        Assert.Equal(Body.Length, context.Response.ContentLength);
        Assert.Equal(0, body.Length);
    }

    private static (HttpContext Context, MemoryStream Body) Context(string method, Action<HttpRequest>? configure = null)
    {
        var body = new MemoryStream();
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Response.Body = body;
        configure?.Invoke(context.Request);
        return (context, body);
    }
}
