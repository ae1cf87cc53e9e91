using Grpc.Core;

namespace Streamflix.Recommendations.Upstream;

/// <summary>How a failed call to another service is told apart from a refusal of the caller.</summary>
internal static class UpstreamCalls
{
    /// <summary>
    /// The caller's token was refused downstream (it expired between our check and theirs): that is
    /// the caller's problem and keeps its status; anything else is the other service's.
    /// </summary>
    public static bool IsCallersFault(RpcException exception) =>
        exception.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied;

    public static RpcException AsCallersFault(RpcException exception) =>
        new(new Status(exception.StatusCode, exception.StatusCode == StatusCode.Unauthenticated
            ? "Sign in again: your access token was not accepted."
            : "You are not allowed to do this."));
}
