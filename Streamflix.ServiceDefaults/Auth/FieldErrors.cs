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
    public static RpcException Create(StatusCode code, string field, string message) =>
        Create(code, message, [(field, message)]);

    /// <summary>Several fields at once (a form with more than one mistake), under one status message.</summary>
    public static RpcException Create(StatusCode code, string message, IEnumerable<(string Field, string Message)> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v =>
            new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Message }));
        return new RpcStatus
        {
            Code = (int)code,
            Message = message,
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(badRequest) },
        }.ToRpcException();
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
