using System.Diagnostics;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Heartbeat;
using Streamflix.Edge.Prefill;
using Streamflix.Edge.Renditions;
using Streamflix.Edge.Telemetry;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Http;

/// <summary>
/// <c>GET|HEAD /v/{expires}/{session}/{maxHeight}/{signature}/{titleId}/{path}</c>: check the signature,
/// hold the viewer to the plan's height cap, then serve from the cache or fill from the origin.
/// </summary>
public static partial class MediaEndpoints
{
    public static IEndpointRouteBuilder MapEdgeMedia(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/v/{**signed}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .RequireCors(EdgeCors.PolicyName);
        return app;
    }

    internal static async Task ServeAsync(
        HttpContext context,
        EdgeSigningKey signingKey,
        VerifiedMediaPaths verifiedPaths,
        OriginFetcher fetcher,
        RenditionGate renditions,
        SegmentReadAhead readAhead,
        EdgeMetrics metrics,
        EdgeLoad load,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        using var inProgress = load.BeginRequest();
        var cancellationToken = context.RequestAborted;

        if (signingKey.Key is not { } key)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Edge not configured", "Media:SigningKey is not set.");
            return;
        }

        var verification = verifiedPaths.Verify(key, context.Request.Path.Value, time.GetUtcNow());
        switch (verification.Status)
        {
            case SignedMediaStatus.Valid:
                break;
            case SignedMediaStatus.Malformed:
                await Problem(context, StatusCodes.Status400BadRequest, "Invalid media path", "Expected /v/{expires}/{session}/{maxHeight}/{signature}/{titleId}/{path} with valid ids and no traversal.");
                return;
            case SignedMediaStatus.Missing:
                await Problem(context, StatusCodes.Status403Forbidden, "Signature missing", "Media is only served through signed paths from playback.");
                return;
            case SignedMediaStatus.Expired:
                await Problem(context, StatusCodes.Status403Forbidden, "Signature expired", "Ask playback for a fresh URL.");
                return;
            default:
                await Problem(context, StatusCodes.Status403Forbidden, "Signature invalid", "The signature does not match this title, session, height cap and expiry.");
                return;
        }

        var originPath = verification.OriginPath;
        var maxHeight = verification.MaxHeight;
        if (verification.IsHeightCapped)
        {
            Activity.Current?.SetTag("streamflix.max_height", maxHeight);
        }

        EdgeLookup lookup;
        try
        {
            // Before the fill: a rendition the plan excludes is never fetched on this viewer's behalf.
            if (verification.IsHeightCapped)
            {
                var height = await renditions.HeightOfAsync(originPath, cancellationToken);
                if (height > maxHeight)
                {
                    metrics.CapRefused(EdgeMetrics.CapRefusal.AboveCap, maxHeight);
                    await Problem(context, StatusCodes.Status403Forbidden, "Rendition not in plan",
                        $"This rendition is {height} lines high; your plan includes renditions up to {maxHeight}.");
                    return;
                }
            }

            lookup = await fetcher.GetAsync(originPath, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;   // the viewer left; the shared fetch carries on for the others
        }
        catch (Exception ex)
        {
            LogOriginFailed(loggers.CreateLogger(typeof(MediaEndpoints)), originPath, ex);
            await Problem(context, StatusCodes.Status502BadGateway, "Origin unavailable", "The object is not cached here and the origin could not be reached.");
            return;
        }

        metrics.Lookup(lookup.FromCache);
        if (lookup.Object is not { } value)
        {
            await Problem(context, StatusCodes.Status404NotFound, "Not found", $"No object '{verification.RelativePath}' for this title.");
            return;
        }

        var isPlaylist = IsPlaylist(value, verification.RelativePath);
        if (isPlaylist)
        {
            readAhead.Learn(originPath, value);   // masters are ignored there: only media playlists order segments
        }

        // The cache keeps the full master, shared by every plan; each capped viewer gets a filtered copy.
        if (verification.IsHeightCapped && isPlaylist && PlaylistParser.IsMasterPlaylist(value.Body))
        {
            if (MasterPlaylistFilter.Apply(value, maxHeight) is not { } capped)
            {
                metrics.CapRefused(EdgeMetrics.CapRefusal.NoRendition, maxHeight);
                await Problem(context, StatusCodes.Status403Forbidden, "No rendition in plan", "Your plan does not include any rendition of this title.");
                return;
            }

            if (!ReferenceEquals(capped, value))
            {
                metrics.PlaylistCapped(maxHeight);
                value = capped;
            }
        }

        // HIT only when this edge had the object; a request that waited on a fill (its own or a
        // read-ahead's still in flight) is a MISS.
        context.Response.Headers["X-Cache"] = lookup.FromCache ? "HIT" : "MISS";
        var sent = await MediaResponseWriter.WriteAsync(context, value, cancellationToken);
        metrics.BytesServed(sent);
        load.RecordBytes(sent);

        // A HEAD is a question, not playback. The segments read ahead are in this segment's folder, which
        // this viewer's plan was just allowed to read, so the height cap holds. The response does not wait.
        if (!isPlaylist && HttpMethods.IsGet(context.Request.Method))
        {
            _ = readAhead.FillAfter(originPath);
        }
    }

    // Only playlists are looked into; a multi-megabyte segment is never scanned.
    private static bool IsPlaylist(CachedObject value, string? relativePath) =>
        value.ContentType.Contains("mpegurl", StringComparison.OrdinalIgnoreCase)
        || (relativePath?.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase) ?? false);

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Origin fill failed for {OriginPath}")]
    private static partial void LogOriginFailed(ILogger logger, string originPath, Exception exception);
}
