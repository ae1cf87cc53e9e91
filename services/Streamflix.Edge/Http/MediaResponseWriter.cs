using Microsoft.Net.Http.Headers;
using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Http;

/// <summary>Writes a cached object as a browser-facing response: validators, 304, ranges (206/416), HEAD.</summary>
public static class MediaResponseWriter
{
    /// <returns>Body bytes sent.</returns>
    public static async Task<long> WriteAsync(HttpContext context, CachedObject value, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;

        headers.AcceptRanges = "bytes";
        if (value.ETag is not null)
        {
            headers.ETag = value.ETag;
        }

        if (value.CacheControl is not null)
        {
            headers.CacheControl = value.CacheControl;
        }

        if (value.LastModified is { } modified)
        {
            headers.LastModified = modified.ToString("R");
        }

        if (EntityTagMatch.NoneMatchHits(request.Headers.IfNoneMatch, value.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return 0;
        }

        var rangeHeader = EntityTagMatch.IfRangeAllows(request.Headers.IfRange, value.ETag, value.LastModified)
            ? request.Headers.Range.ToString()
            : null;

        var length = value.Length;
        var offset = 0L;
        var count = length;
        switch (ByteRange.Evaluate(rangeHeader, length, out var range))
        {
            case ByteRangeOutcome.Unsatisfiable:
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                headers.ContentRange = $"bytes */{length}";
                response.ContentLength = 0;
                return 0;
            case ByteRangeOutcome.Partial:
                response.StatusCode = StatusCodes.Status206PartialContent;
                headers.ContentRange = range.ToContentRange(length);
                (offset, count) = (range.Start, range.Length);
                break;
            default:
                response.StatusCode = StatusCodes.Status200OK;
                break;
        }

        response.ContentType = value.ContentType;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.ContentLength = count;
        if (HttpMethods.IsHead(request.Method))
        {
            return 0;
        }

        await WriteBodyAsync(response.BodyWriter, value.Body.AsMemory((int)offset, (int)count), cancellationToken);
        return count;
    }

    // TEMP: measuring chunk sizes.
    private static readonly int ChunkBytes = int.TryParse(Environment.GetEnvironmentVariable("EDGE_CHUNK"), out var c) ? c : 0;

    private static async Task WriteBodyAsync(System.IO.Pipelines.PipeWriter writer, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (ChunkBytes == 0)
        {
            await writer.WriteAsync(body, cancellationToken);
            return;
        }

        while (!body.IsEmpty)
        {
            var size = Math.Min(body.Length, ChunkBytes);
            body.Span[..size].CopyTo(writer.GetSpan(size));
            writer.Advance(size);
            body = body[size..];
            var flush = await writer.FlushAsync(cancellationToken);
            if (flush.IsCanceled || flush.IsCompleted)
            {
                return;
            }
        }
    }
}
