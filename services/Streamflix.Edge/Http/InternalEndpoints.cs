using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Streamflix.Edge.Prefill;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Http;

/// <summary>Operations for other services, not browsers: guarded by <c>X-Internal-Key</c> = <c>Edge:InternalKey</c>.</summary>
public static class InternalEndpoints
{
    public const string InternalKeyHeader = "X-Internal-Key";

    public static IEndpointRouteBuilder MapEdgeInternal(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/prefill/{titleId}", PrefillAsync);
        return app;
    }

    private static async Task<IResult> PrefillAsync(
        string titleId,
        HttpRequest request,
        EdgePrefill prefill,
        IOptions<EdgeOptions> options,
        CancellationToken cancellationToken)
    {
        switch (SharedKeyCheck.Check(options.Value.InternalKey, request.Headers[InternalKeyHeader]))
        {
            case SharedKeyOutcome.NotConfigured:
                return Problem(StatusCodes.Status503ServiceUnavailable, "Internal endpoints disabled", "Edge:InternalKey is not configured.");
            case SharedKeyOutcome.Missing or SharedKeyOutcome.Mismatch:
                return Problem(StatusCodes.Status403Forbidden, "Forbidden", $"A valid {InternalKeyHeader} header is required.");
        }

        if (!MediaPathRules.IsValidTitleId(titleId))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid title id", "Title ids are [a-z0-9-].");
        }

        try
        {
            var report = await prefill.PrefillAsync(titleId, cancellationToken);
            return report.Found
                ? TypedResults.Ok(report)
                : Problem(StatusCodes.Status404NotFound, "Not found", $"The origin has no master playlist for '{titleId}'.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Problem(StatusCodes.Status502BadGateway, "Origin unavailable", ex.Message);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
