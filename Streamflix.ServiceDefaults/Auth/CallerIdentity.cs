using System.Security.Claims;
using Grpc.Core;

namespace Streamflix.ServiceDefaults.Auth;

/// <summary>Who is calling an RPC, from the validated access token, and the "own data only" rule.</summary>
public static class CallerIdentity
{
    /// <summary>The caller's account id; Unauthenticated when the call carries no valid token.</summary>
    public static Guid RequireAccountId(this ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AccountIdOf(context.GetHttpContext().User)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "Sign in first: this call needs an access token."));
    }

    /// <summary>
    /// Checks that <paramref name="accountId"/> (from the request) is the caller's own account.
    /// Malformed: InvalidArgument; someone else's: PermissionDenied.
    /// </summary>
    public static Guid RequireOwnAccount(this ServerCallContext context, string accountId)
    {
        var caller = context.RequireAccountId();
        if (!Guid.TryParse(accountId, out var requested))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "account_id must be a uuid."));
        }

        if (requested != caller)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "You can only see or change your own account."));
        }

        return caller;
    }

    public static string? EmailOf(this ServerCallContext context) =>
        context.GetHttpContext().User.FindFirst(StreamflixClaims.Email)?.Value;

    public static Guid? AccountIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirst(StreamflixClaims.Subject)?.Value, out var id)
            ? id
            : null;

    /// <summary>The incoming "authorization" header, to pass on when this service calls another for the same user.</summary>
    public static Metadata ForwardedAuthorization(this ServerCallContext context)
    {
        var headers = new Metadata();
        var authorization = context.RequestHeaders.GetValue("authorization");
        if (!string.IsNullOrEmpty(authorization))
        {
            headers.Add("authorization", authorization);
        }

        return headers;
    }

    /// <summary>
    /// A call this service made for its caller was refused because of the caller's token (it
    /// expired between our check and the other service's): the caller's problem, keeping its
    /// status, rather than the other service failing.
    /// </summary>
    public static bool IsCallersFault(RpcException exception) =>
        exception?.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied;

    /// <summary>The refusal to pass back to the caller, with our own message (not the other service's).</summary>
    public static RpcException AsCallersFault(RpcException exception) =>
        new(new Status(exception.StatusCode, exception.StatusCode == StatusCode.Unauthenticated
            ? "Sign in again: your access token was not accepted."
            : "You are not allowed to do this."));
}
