using Grpc.Core;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.ServiceDefaults.Tests.Auth;

public sealed class CallerIdentityTests
{
    private static readonly Guid Caller = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

    [Fact]
    public void The_callers_account_id_comes_from_the_token_subject()
    {
        Assert.Equal(Caller, TestCallContext.For(Caller).RequireAccountId());
    }

    [Fact]
    public void A_call_without_a_user_is_unauthenticated_with_a_message()
    {
        var error = Assert.Throws<RpcException>(() => TestCallContext.For(null).RequireAccountId());

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("access token", error.Status.Detail);
    }

    [Fact]
    public void The_own_account_passes()
    {
        Assert.Equal(Caller, TestCallContext.For(Caller).RequireOwnAccount(Caller.ToString()));
    }

    [Fact]
    public void Another_account_is_permission_denied()
    {
        var error = Assert.Throws<RpcException>(() => TestCallContext.For(Caller).RequireOwnAccount(Guid.NewGuid().ToString()));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    [InlineData("'; DROP TABLE accounts; --")]
    public void A_malformed_account_id_is_invalid_argument(string accountId)
    {
        var error = Assert.Throws<RpcException>(() => TestCallContext.For(Caller).RequireOwnAccount(accountId));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public void An_anonymous_caller_asking_for_an_account_is_unauthenticated_not_denied()
    {
        var error = Assert.Throws<RpcException>(() => TestCallContext.For(null).RequireOwnAccount(Caller.ToString()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public void The_authorization_header_is_forwarded_as_received()
    {
        var context = TestCallContext.For(Caller, new Metadata { { "authorization", "Bearer abc.def.ghi" } });

        var forwarded = context.ForwardedAuthorization();

        Assert.Equal("Bearer abc.def.ghi", forwarded.GetValue("authorization"));
        Assert.Empty(TestCallContext.For(Caller).ForwardedAuthorization());
    }

    [Theory]
    [InlineData(StatusCode.Unauthenticated, true)]
    [InlineData(StatusCode.PermissionDenied, true)]
    [InlineData(StatusCode.Unavailable, false)]
    [InlineData(StatusCode.NotFound, false)]
    [InlineData(StatusCode.Internal, false)]
    public void A_downstream_refusal_of_the_callers_token_is_the_callers_fault(StatusCode status, bool callersFault)
    {
        Assert.Equal(callersFault, CallerIdentity.IsCallersFault(new RpcException(new Status(status, "downstream detail"))));
    }

    [Fact]
    public void The_callers_fault_keeps_its_status_with_our_own_message()
    {
        var passedOn = CallerIdentity.AsCallersFault(new RpcException(new Status(StatusCode.Unauthenticated, "billing: token expired")));

        Assert.Equal(StatusCode.Unauthenticated, passedOn.StatusCode);
        Assert.DoesNotContain("billing", passedOn.Status.Detail);
        Assert.Contains("Sign in again", passedOn.Status.Detail);
    }
}
