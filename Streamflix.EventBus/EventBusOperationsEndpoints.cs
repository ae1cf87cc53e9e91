using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Streamflix.EventBus;

namespace Microsoft.AspNetCore.Builder;

public static class EventBusOperationsEndpoints
{
    public const int DefaultReplayMax = 100;
    public const int ReplayMaxLimit = 10_000;

    /// <summary>
    /// Maps GET /eventbus/dead-letters (→ {"queue", "count"}) and
    /// POST /eventbus/dead-letters/replay?max=100 (→ {"replayed"}). Callers send the header
    /// X-Operations-Key with the value of EventBus:OperationsKey; without that setting the
    /// endpoints answer 404. They bypass the service's authorization policies (their key is their
    /// guard) and stay out of API descriptions.
    /// </summary>
    public static RouteGroupBuilder MapEventBusOperations(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/eventbus/dead-letters");
        group.AllowAnonymous().ExcludeFromDescription().AddEndpointFilter(RequireOperationsKeyAsync);
        group.MapGet("", CountAsync);
        group.MapPost("/replay", ReplayAsync);
        return group;
    }

    private static async ValueTask<object?> RequireOperationsKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var expected = http.RequestServices.GetRequiredService<IOptionsMonitor<EventBusOptions>>().CurrentValue.OperationsKey;
        if (string.IsNullOrEmpty(expected))
        {
            return Results.NotFound();
        }

        if (!OperationsKey.Matches(expected, http.Request.Headers[OperationsKey.Header].ToString()))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Operations key required",
                detail: $"Send the service's operations key in the {OperationsKey.Header} header.");
        }

        return await next(context);
    }

    private static async Task<IResult> CountAsync(IDeadLetters deadLetters, CancellationToken cancellationToken)
    {
        try
        {
            var count = await deadLetters.CountAsync(cancellationToken);
            return Results.Ok(new DeadLetterCount(EventBusTopology.DeadLetterQueueFor(deadLetters.Queue), count));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return BrokerUnavailable(ex);
        }
    }

    private static async Task<IResult> ReplayAsync(IDeadLetters deadLetters, string? max, CancellationToken cancellationToken)
    {
        var limit = DefaultReplayMax;
        if (max is not null && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                                || limit is < 1 or > ReplayMaxLimit))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid max",
                detail: $"max must be a whole number from 1 to {ReplayMaxLimit}; got '{max}'.");
        }

        try
        {
            return Results.Ok(new DeadLetterReplay(await deadLetters.ReplayAsync(limit, cancellationToken)));
        }
        catch (DeadLetterReplayException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Replay stopped",
                detail: ex.Message, extensions: new Dictionary<string, object?> { ["replayed"] = ex.Replayed });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return BrokerUnavailable(ex);
        }
    }

    private static IResult BrokerUnavailable(Exception exception) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Broker unavailable",
            detail: $"{exception.GetType().Name}: {exception.Message}");

    private sealed record DeadLetterCount(string Queue, long Count);

    private sealed record DeadLetterReplay(int Replayed);
}
