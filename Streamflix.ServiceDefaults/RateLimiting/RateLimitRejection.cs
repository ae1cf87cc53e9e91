using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Streamflix.ServiceDefaults.RateLimiting;

/// <summary>
/// The answer to a request over its limit, saying when to come back. A gRPC caller gets a
/// trailers-only response with grpc-status 8 (ResourceExhausted) and the message in grpc-message,
/// because the limiter's default bare HTTP 429/503 reaches a gRPC client only as "Bad gRPC response";
/// anything else gets a 429 problem with Retry-After.
/// </summary>
public static class RateLimitRejection
{
    private const int ResourceExhausted = 8;

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
        var message = Message(retryAfter);
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(seconds.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (IsGrpc(context.Request))
        {
            // Trailers-only: an HTTP 200 whose headers carry the status, as gRPC servers answer a call they refuse outright.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ResourceExhausted.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = message;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await Results.Problem(title: "Too many requests", detail: message, statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(context);
    }

    /// <summary>"Too many attempts: try again in 4 minutes." Plain ASCII, as grpc-message is sent as is.</summary>
    public static string Message(TimeSpan? retryAfter) => retryAfter switch
    {
        null => "Too many attempts: try again later.",
        { TotalSeconds: <= 90 } wait => $"Too many attempts: try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds.",
        { TotalMinutes: <= 90 } wait => $"Too many attempts: try again in {(int)Math.Ceiling(wait.TotalMinutes)} minutes.",
        { } wait => $"Too many attempts: try again in {(int)Math.Ceiling(wait.TotalHours)} hours.",
    };

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
