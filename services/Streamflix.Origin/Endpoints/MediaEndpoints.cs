using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Streamflix.Origin.Storage;
using Streamflix.Origin.Telemetry;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Origin.Endpoints;

/// <summary>
/// <c>/media/{titleId}/{path}</c>: GET/HEAD for everyone inside the cluster (edges fill from here), PUT and
/// DELETE only with <c>X-Origin-Key</c>. Other methods get routing's 405.
/// </summary>
public static class MediaEndpoints
{
    public const string WriteKeyHeader = "X-Origin-Key";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/media");
        media.MapMethods("/{titleId}/{**path}", [HttpMethods.Get, HttpMethods.Head], GetObject);
        media.MapPut("/{titleId}/{**path}", PutObjectAsync);
        media.MapDelete("/{titleId}", DeleteTitle);

        // No directory listings under /media: that namespace holds files only.
        media.MapGet("/{titleId}", () => Problem(StatusCodes.Status404NotFound, "Not found", "A title is not a file; see /titles/{titleId}/manifest."));

        app.MapGet("/titles/{titleId}/manifest", GetManifest);
        return app;
    }

    private static IResult GetObject(string titleId, string? path, MediaStore store, HttpResponse response)
    {
        if (!MediaPath.TryCreate(titleId, path, out var mediaPath))
        {
            return InvalidPath();
        }

        // Unknown extensions can never have been stored (PUT refuses them), so they are simply absent.
        if (!ContentTypes.TryGet(mediaPath.RelativePath, out var contentType) || store.Find(mediaPath) is not { } stored)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", $"No object '{mediaPath}'.");
        }

        response.Headers.CacheControl = ContentTypes.CacheControlFor(mediaPath.RelativePath);
        response.Headers.XContentTypeOptions = "nosniff";

        // PhysicalFile answers If-None-Match / If-Modified-Since (304), Range (206/416) and HEAD.
        return TypedResults.PhysicalFile(
            stored.FullPath,
            contentType,
            lastModified: stored.LastModified,
            entityTag: EntityTagHeaderValue.Parse(stored.ETag),
            enableRangeProcessing: true);
    }

    private static async Task<IResult> PutObjectAsync(
        string titleId,
        string? path,
        HttpContext context,
        MediaStore store,
        IOptions<OriginOptions> options,
        OriginMetrics metrics,
        CancellationToken cancellationToken)
    {
        // The key is checked before anything else so that an unauthenticated caller learns nothing
        // about which paths are valid.
        if (CheckWriteKey(context.Request, options.Value) is { } refused)
        {
            return refused;
        }

        if (!MediaPath.TryCreate(titleId, path, out var mediaPath))
        {
            return InvalidPath();
        }

        if (!ContentTypes.TryGet(mediaPath.RelativePath, out _))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Only playlists, segments, subtitles and artwork are stored.");
        }

        var maxBytes = options.Value.MaxObjectBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // Kestrel's own 30 MB body limit would cut uploads below our configured cap with a bare 413;
        // the store counts bytes itself and stops at exactly MaxObjectBytes.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = null;
        }

        var outcome = await store.WriteAsync(mediaPath, context.Request.Body, maxBytes, cancellationToken);
        if (outcome.Status == WriteStatus.TooLarge)
        {
            return TooLarge(maxBytes);
        }

        metrics.BytesWritten(outcome.Bytes);
        context.Response.Headers.ETag = outcome.Stored!.ETag;
        return outcome.Status == WriteStatus.Created
            ? TypedResults.Created($"/media/{mediaPath}")
            : TypedResults.NoContent();
    }

    /// <summary><c>DELETE /media/{title}</c>, or <c>?keep={version}</c> to drop every other version.</summary>
    private static IResult DeleteTitle(string titleId, string? keep, HttpRequest request, MediaStore store, IOptions<OriginOptions> options)
    {
        if (CheckWriteKey(request, options.Value) is { } refused)
        {
            return refused;
        }

        if (!MediaPathRules.IsValidTitleId(titleId) || (keep is not null && !MediaPathRules.IsValidSegment(keep)))
        {
            return InvalidPath();
        }

        return store.DeleteTitle(titleId, keep)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status404NotFound, "Not found", $"No title '{titleId}'.");
    }

    private static IResult GetManifest(string titleId, MediaStore store)
    {
        if (!MediaPathRules.IsValidTitleId(titleId))
        {
            return InvalidPath();
        }

        return store.GetManifest(titleId) is { } manifest
            ? TypedResults.Ok(manifest)
            : Problem(StatusCodes.Status404NotFound, "Not found", $"No title '{titleId}'.");
    }

    private static ProblemHttpResult? CheckWriteKey(HttpRequest request, OriginOptions options) =>
        SharedKeyCheck.Check(options.WriteKey, request.Headers[WriteKeyHeader]) switch
        {
            SharedKeyOutcome.Match => null,
            // Refusing (rather than accepting anyone) when no key is set: a forgotten secret must not
            // turn the master copy into a public upload target.
            SharedKeyOutcome.NotConfigured => Problem(StatusCodes.Status503ServiceUnavailable, "Writes disabled", "Origin:WriteKey is not configured."),
            SharedKeyOutcome.Missing => Problem(StatusCodes.Status403Forbidden, "Forbidden", $"The {WriteKeyHeader} header is required."),
            _ => Problem(StatusCodes.Status403Forbidden, "Forbidden", $"The {WriteKeyHeader} header does not match."),
        };

    private static ProblemHttpResult InvalidPath() =>
        Problem(StatusCodes.Status400BadRequest, "Invalid path", "Title ids are [a-z0-9-]; paths are 1-4 segments of [A-Za-z0-9._-] without '..'.");

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Object too large", $"Objects are limited to {maxBytes} bytes.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
