using Google.Rpc;
using Grpc.Core;
using Streamflix.Playback.Grpc;
using Streamflix.Playback.Model;
using RpcStatus = Google.Rpc.Status;

namespace Streamflix.Playback.Tests;

public sealed class PlaybackRefusalsTests
{
    public static TheoryData<RefusalReason, StatusCode, string> ContractTable => new()
    {
        { RefusalReason.NoActivePlan, StatusCode.FailedPrecondition, "NO_ACTIVE_PLAN" },
        { RefusalReason.StreamLimit, StatusCode.ResourceExhausted, "STREAM_LIMIT" },
        { RefusalReason.NotReady, StatusCode.FailedPrecondition, "NOT_READY" },
        { RefusalReason.KidsProfile, StatusCode.PermissionDenied, "KIDS_PROFILE" },
        { RefusalReason.NoEdge, StatusCode.Unavailable, "NO_EDGE" },
        { RefusalReason.BillingUnavailable, StatusCode.Unavailable, "BILLING_UNAVAILABLE" },
        { RefusalReason.SessionEnded, StatusCode.FailedPrecondition, "SESSION_ENDED" },
    };

    [Theory]
    [MemberData(nameof(ContractTable))]
    public void Each_refusal_has_the_contracts_status_and_an_error_info_reason(RefusalReason reason, StatusCode code, string wireName)
    {
        var exception = PlaybackRefusals.ToRpcException(new PlaybackRefusedException(reason, "Not now."));

        Assert.Equal(code, exception.StatusCode);
        Assert.Equal("Not now.", exception.Status.Detail);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        Assert.Equal(wireName, info.Reason);
        Assert.Equal("playback.streamflix", info.Domain);
        Assert.Equal(reason, PlaybackRefusals.ReasonOf(exception));
    }

    [Fact]
    public void Every_reason_is_in_the_contract_table()
    {
        var covered = ContractTable.Select(row => (RefusalReason)row[0]).ToHashSet();

        Assert.Equal(Enum.GetValues<RefusalReason>().ToHashSet(), covered);
    }

    [Fact]
    public void Wire_names_read_back_to_their_reasons_and_unknown_names_to_none()
    {
        foreach (var reason in Enum.GetValues<RefusalReason>())
        {
            Assert.Equal(reason, RefusalReasons.FromWireName(reason.WireName()));
        }

        Assert.Null(RefusalReasons.FromWireName("PAYMENT_REQUIRED"));
        Assert.Null(RefusalReasons.FromWireName(null));
    }

    [Fact]
    public void An_error_without_details_has_no_playback_reason()
    {
        Assert.Null(PlaybackRefusals.ReasonOf(new RpcException(new global::Grpc.Core.Status(StatusCode.Unavailable, "down"))));
    }

    [Fact]
    public void An_error_info_of_another_domain_is_not_a_playback_reason()
    {
        var foreign = new RpcStatus
        {
            Code = (int)StatusCode.FailedPrecondition,
            Message = "x",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new ErrorInfo { Reason = "NO_ACTIVE_PLAN", Domain = "billing.streamflix" }) },
        }.ToRpcException();

        Assert.Null(PlaybackRefusals.ReasonOf(foreign));
    }

    [Theory]
    [InlineData(1, "Your plan allows 1 stream at once; stop watching on another device or upgrade.")]
    [InlineData(4, "Your plan allows 4 streams at once; stop watching on another device or upgrade.")]
    public void The_stream_limit_message_names_the_plans_limit(int maxStreams, string message)
    {
        var refusal = PlaybackRefusedException.StreamLimit(maxStreams);

        Assert.Equal(RefusalReason.StreamLimit, refusal.Reason);
        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Billing_being_down_is_refused_with_the_try_again_message()
    {
        var refusal = PlaybackRefusedException.BillingUnavailable();

        Assert.Equal(RefusalReason.BillingUnavailable, refusal.Reason);
        Assert.Equal("We can't check your plan right now; please try again in a moment.", refusal.Message);
    }
}
