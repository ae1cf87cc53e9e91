using Google.Rpc;
using Grpc.Core;
using RpcStatus = Google.Rpc.Status;

namespace Streamflix.ServiceDefaults.Auth;

/// <summary>
/// Errors about one request field, in the standard rich error model (google.rpc.BadRequest in
/// grpc-status-details-bin), so a client can put the message next to the field it names.
/// </summary>
public static class FieldErrors
{
    public static RpcException Create(StatusCode code, string field, string message)
    {
        var status = new RpcStatus
        {
            Code = (int)code,
            Message = message,
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = message } },
                }),
            },
        };
        return status.ToRpcException();
    }

    public static RpcException Invalid(string field, string message) => Create(StatusCode.InvalidArgument, field, message);

    /// <summary>The violations a server attached, or none; never throws on a foreign error.</summary>
    public static IReadOnlyList<(string Field, string Message)> FieldViolations(this RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        return badRequest is null
            ? []
            : badRequest.FieldViolations.Select(v => (v.Field, v.Description)).ToList();
    }
}
