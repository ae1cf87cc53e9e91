using Grpc.Core;
using Streamflix.Accounts.Contracts;

namespace Streamflix.IntegrationTests;

/// <summary>The sign-in limiter through the running graph: per email, with a message saying when to retry.</summary>
[Collection(StreamflixCollection.Name)]
public sealed class RateLimitTests(StreamflixAppFixture fixture)
{
    [Fact]
    public async Task Hammering_sign_in_for_one_email_is_refused_with_ResourceExhausted_and_when_to_retry()
    {
        var accounts = new AccountsService.AccountsServiceClient(fixture.Channel("accounts"));
        var hammered = await Viewers.SignUpAsync(fixture, "hammered");
        var bystander = await Viewers.SignUpAsync(fixture, "bystander");
        // The right password every time: accounts' own lockout after failed passwords must not be what refuses.
        var signIn = new SignInRequest { Email = hammered.Email, Password = hammered.Password };

        for (var attempt = 1; attempt <= StreamflixAppFixture.SignInLimit; attempt++)
        {
            await accounts.SignInAsync(signIn);
        }

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await accounts.SignInAsync(signIn));
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Matches(@"^Too many attempts: try again in \d+ (seconds|minutes)\.$", refused.Status.Detail);

        // Another email from the same address is not held back by it.
        var other = await accounts.SignInAsync(new SignInRequest { Email = bystander.Email, Password = bystander.Password });
        Assert.False(string.IsNullOrEmpty(other.AccessToken));
    }
}
