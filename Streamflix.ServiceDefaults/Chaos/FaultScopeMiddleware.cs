using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// Reads <see cref="FaultHeader.Name"/> from an incoming HTTP or gRPC request (gRPC metadata are
/// HTTP/2 headers) and makes it the request's <see cref="FaultScope"/>. Bad rules are skipped
/// with a warning; the request itself always proceeds.
/// </summary>
public sealed partial class FaultScopeMiddleware(RequestDelegate next, ILogger<FaultScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers[FaultHeader.Name].ToString();
        if (header.Length == 0)
        {
            await next(context);
            return;
        }

        var parsed = FaultScenarioParser.Parse(header);
        foreach (var problem in parsed.Problems)
        {
            LogIgnoredRule(context.Request.Path, problem);
        }

        using (FaultScope.Begin(parsed.Scenario))
        {
            await next(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored part of the " + FaultHeader.Name + " header on {Path}: {Problem}")]
    private partial void LogIgnoredRule(PathString path, string problem);
}
