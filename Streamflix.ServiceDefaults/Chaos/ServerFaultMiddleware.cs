using Microsoft.AspNetCore.Http;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// Applies the shared fault (<see cref="ServerFaultMonitor"/>) to incoming HTTP and gRPC requests,
/// except probes and the control paths, so that health stays visible and a fault can always be
/// cleared. gRPC requests fail with status Unavailable (a trailers-only response), others with 503.
/// </summary>
public sealed class ServerFaultMiddleware(RequestDelegate next, ServerFaultMonitor monitor, ServerFaultStore store)
{
    private static readonly PathString[] ExemptSegments = ["/health", "/alive"];
    private static readonly string[] ExemptPrefixes = ["/chaos", "/operations"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (monitor.Current is not { } fault || IsExempt(context.Request.Path) || !fault.Hits(Random.Shared.NextDouble()))
        {
            await next(context);
            return;
        }

        if (fault.IsLatency)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), context.RequestAborted);
            await next(context);
            return;
        }

        var message = $"Fault injected by {store.Key}: this instance refuses {fault.Percent} % of requests.";
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = "14"; // Unavailable
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsync(message, context.RequestAborted);
    }

    /// <summary><c>/health</c>, <c>/alive</c> (and below), and anything starting <c>/chaos</c> or <c>/operations</c>.</summary>
    public static bool IsExempt(PathString path) =>
        ExemptSegments.Any(segment => path.StartsWithSegments(segment))
        || ExemptPrefixes.Any(prefix => path.Value?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true);
}
