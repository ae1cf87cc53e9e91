using Google.Rpc;
using Grpc.Core;
using Streamflix.Playback.Model;
using RpcStatus = Google.Rpc.Status;

namespace Streamflix.Playback.Grpc;

/// <summary>
/// Refusals on the wire: the status code the contract gives each reason, and a google.rpc.ErrorInfo
/// (reason, domain "playback.streamflix") in the rich status, which the site reads to choose its
/// message and action (upgrade, stop another device, try later).
/// </summary>
public static class PlaybackRefusals
{
    public const string Domain = "playback.streamflix";

    public static StatusCode StatusCodeOf(RefusalReason reason) => reason switch
    {
        RefusalReason.NoActivePlan => StatusCode.FailedPrecondition,
        RefusalReason.StreamLimit => StatusCode.ResourceExhausted,
        RefusalReason.NotReady => StatusCode.FailedPrecondition,
        RefusalReason.KidsProfile => StatusCode.PermissionDenied,
        RefusalReason.NoEdge => StatusCode.Unavailable,
        RefusalReason.BillingUnavailable => StatusCode.Unavailable,
        RefusalReason.SessionEnded => StatusCode.FailedPrecondition,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static RpcException ToRpcException(PlaybackRefusedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new RpcStatus
        {
            Code = (int)StatusCodeOf(refusal.Reason),
            Message = refusal.Message,
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new ErrorInfo { Reason = refusal.Reason.WireName(), Domain = Domain }),
            },
        }.ToRpcException();
    }

    /// <summary>The playback reason an error carries, or null for any other error (never throws).</summary>
    public static RefusalReason? ReasonOf(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        return info is not null && info.Domain == Domain ? RefusalReasons.FromWireName(info.Reason) : null;
    }
}
