using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Streamflix.Accounts.Grpc;
using Streamflix.Accounts.Model;
using Streamflix.ServiceDefaults.Auth;

namespace Streamflix.Accounts.Tests;

public sealed class AccountsErrorInterceptorTests
{
    private static async Task<RpcException> CallFailingWith(Exception exception, CancellationToken cancellationToken = default)
    {
        var interceptor = new AccountsErrorInterceptor(NullLogger<AccountsErrorInterceptor>.Instance);
        return await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new TestServerCallContext(cancellationToken), (_, _) => throw exception));
    }

    [Fact]
    public async Task Validation_problems_become_InvalidArgument_with_every_field()
    {
        var error = await CallFailingWith(new AccountValidationException(
        [
            new FieldMessage("email", "Email is required."),
            new FieldMessage("password", "Password must be at least 10 characters."),
        ]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            [("email", "Email is required."), ("password", "Password must be at least 10 characters.")],
            error.FieldViolations());
    }

    [Fact]
    public async Task A_taken_email_becomes_AlreadyExists_on_the_email_field()
    {
        var error = await CallFailingWith(AccountConflictException.EmailTaken());

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("email", Assert.Single(error.FieldViolations()).Field);
    }

    [Fact]
    public async Task Missing_things_become_NotFound_and_broken_rules_FailedPrecondition()
    {
        Assert.Equal(StatusCode.NotFound, (await CallFailingWith(AccountNotFoundException.Profile(Guid.NewGuid()))).StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, (await CallFailingWith(new AccountRuleException("no"))).StatusCode);
    }

    [Fact]
    public async Task Statuses_raised_by_the_endpoint_pass_unchanged()
    {
        var original = new RpcException(new Status(StatusCode.ResourceExhausted, "slow down"));
        Assert.Same(original, await CallFailingWith(original));
    }

    [Fact]
    public async Task Unexpected_failures_become_Internal_without_their_details()
    {
        var error = await CallFailingWith(new InvalidOperationException("connection string Password=hunter2 at Npgsql..."));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal(AccountsErrorInterceptor.InternalMessage, error.Status.Detail);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_call_is_reported_as_Cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var error = await CallFailingWith(new OperationCanceledException(cancellation.Token), cancellation.Token);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }
}
