using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Streamflix.ServiceDefaults.Auth;

/// <summary>
/// Refused gRPC calls get a gRPC status with a message (Unauthenticated / PermissionDenied)
/// instead of a bare HTTP 401/403, which a gRPC client can only report as "Bad gRPC response".
/// Other requests keep the default challenge/forbid behaviour.
/// </summary>
internal sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !IsGrpc(context.Request))
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var (status, message) = authorizeResult.Forbidden
            ? (7, "You are not allowed to call this.")
            : context.Request.Headers.Authorization.Count > 0
                ? (16, "The access token is invalid or expired; sign in again.")
                : (16, "Sign in first: this call needs an access token.");

        // A trailers-only response: the status travels in the headers of an empty HTTP 200.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = message;
        return Task.CompletedTask;
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
