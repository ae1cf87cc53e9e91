using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Streamflix.ServiceDefaults.Security;

/// <summary>
/// Refuses, with 400, request targets that try to climb directories. Kestrel already removes dot
/// segments from <c>Request.Path</c>, which is exactly the problem for a file-serving service: a
/// traversal attempt would quietly become some other path (a 404 or a 403) instead of being named for
/// what it is. So this looks at the raw target, before normalisation, for dot segments, backslashes and
/// their percent-encoded forms.
/// </summary>
public static class TraversalGuard
{
    private static readonly string[] EncodedForms = ["%2e", "%2f", "%5c", "%00"];

    public static bool LooksLikeTraversal(string rawTarget)
    {
        var path = rawTarget;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.Contains('\\') || path.Contains('\0'))
        {
            return true;
        }

        foreach (var encoded in EncodedForms)
        {
            if (path.Contains(encoded, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            if (path.AsSpan(range) is "." or "..")
            {
                return true;
            }
        }

        return false;
    }

    public static IApplicationBuilder UseTraversalGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
            if (raw is not null && LooksLikeTraversal(raw))
            {
                await Results.Problem(
                    title: "Invalid path",
                    detail: "Dot segments, backslashes and encoded separators are not allowed in media paths.",
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
