using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// The shared fault of this service, for operators, the dashboard commands and chaos experiments:
/// <c>GET /chaos</c>, <c>POST /chaos/inject?kind=…</c>, <c>DELETE /chaos</c>. Mapped only when chaos
/// is enabled; every call needs <c>X-Operations-Key</c> (<c>Operations:Key</c>).
/// </summary>
public static class ChaosEndpoints
{
    public const string OperationsKeyHeader = "X-Operations-Key";
    public const string OperationsKeySetting = "Operations:Key";

    /// <summary>What GET and POST answer: the service and its current fault (null when none).</summary>
    public sealed record ChaosState(string Service, ServerFault? Fault);

    public static RouteGroupBuilder MapChaosEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/chaos");
        // The key is the guard, whatever authorization policy the service has.
        group.AllowAnonymous().ExcludeFromDescription().AddEndpointFilter(RequireOperationsKeyAsync);
        group.MapGet("", GetAsync);
        group.MapPost("/inject", InjectAsync);
        group.MapDelete("", ClearAsync);
        return group;
    }

    private static async ValueTask<object?> RequireOperationsKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var expected = http.RequestServices.GetRequiredService<IConfiguration>()[OperationsKeySetting];
        return SharedKeyCheck.Check(expected, http.Request.Headers[OperationsKeyHeader].ToString()) switch
        {
            SharedKeyOutcome.Match => await next(context),
            SharedKeyOutcome.NotConfigured => Results.NotFound(),
            _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Operations key required",
                detail: $"Send the service's operations key in the {OperationsKeyHeader} header."),
        };
    }

    private static async Task<IResult> GetAsync(ServerFaultStore store, ServiceIdentity identity, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(new ChaosState(identity.Service, await store.GetAsync(cancellationToken)));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return RedisUnavailable(ex);
        }
    }

    private static async Task<IResult> InjectAsync(HttpRequest request, ServerFaultStore store, ServerFaultMonitor monitor,
        ServiceIdentity identity, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!ServerFaultRequest.TryParse(Single(query["kind"]), Single(query["latencyMs"]), Single(query["percent"]), Single(query["seconds"]),
                out var fault, out var duration, out var errors))
        {
            return Results.ValidationProblem(errors, title: "Invalid fault");
        }

        try
        {
            var stored = await store.SetAsync(fault, duration, cancellationToken);
            monitor.Apply(stored);
            return Results.Ok(new ChaosState(identity.Service, stored));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return RedisUnavailable(ex);
        }
    }

    private static async Task<IResult> ClearAsync(ServerFaultStore store, ServerFaultMonitor monitor, CancellationToken cancellationToken)
    {
        try
        {
            await store.ClearAsync(cancellationToken);
            monitor.Apply(null);
            return Results.NoContent();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return RedisUnavailable(ex);
        }
    }

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();

    private static IResult RedisUnavailable(Exception exception) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Redis unavailable",
            detail: $"The shared fault lives in Redis: {exception.GetType().Name}: {exception.Message}");
}
