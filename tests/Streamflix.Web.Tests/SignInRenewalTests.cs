using Microsoft.Extensions.Time.Testing;
using Streamflix.Web.Accounts;

namespace Streamflix.Web.Tests;

public sealed class SignInRenewalTests : IDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _clock = new(AccountSamples.Now);
    private readonly TestAuthenticationState _user = new() { User = AccountSamples.SignedIn(AccountSamples.Tokens(expiresAt: AccountSamples.Now.AddMinutes(5))) };
    private readonly SignInRenewals _renewals = new();
    private readonly CircuitAccessToken _token;

    public SignInRenewalTests() => _token = new CircuitAccessToken(new UserTokens(_user), _renewals, _clock);

    public void Dispose() => _token.Dispose();

    private static Viewer Renewed(string accountId = AccountSamples.AccountId, int minutes = 15)
    {
        var tokens = AccountSamples.Tokens("refresh-2", AccountSamples.Now.AddMinutes(minutes), "renewed");
        tokens.AccountId = accountId;
        return Viewer.From(AccountSamples.SignedIn(tokens))!;
    }

    [Fact]
    public async Task Renewal_is_due_only_close_to_the_tokens_expiry()
    {
        await _token.RenewalHandleAsync();
        Assert.False(await _token.RenewalDueAsync(Heartbeat));

        _clock.Advance(TimeSpan.FromMinutes(4));

        Assert.True(await _token.RenewalDueAsync(Heartbeat));
    }

    [Fact]
    public async Task A_renewed_token_offered_for_the_handle_is_used_from_then_on()
    {
        var handle = await _token.RenewalHandleAsync();
        _clock.Advance(TimeSpan.FromMinutes(4));
        var renewed = Renewed();

        Assert.True(_renewals.Offer(handle, renewed));

        Assert.Equal($"Bearer {renewed.AccessToken}", (await _token.AuthorizationAsync()).GetValue("authorization"));
        Assert.False(await _token.RenewalDueAsync(Heartbeat));
    }

    [Fact]
    public async Task Another_accounts_token_is_refused()
    {
        var handle = await _token.RenewalHandleAsync();
        var original = (await _token.AuthorizationAsync()).GetValue("authorization");

        Assert.False(_renewals.Offer(handle, Renewed(accountId: "11111111-2222-3333-4444-555555555555")));
        Assert.False(_renewals.Offer("not-a-handle", Renewed()));

        Assert.Equal(original, (await _token.AuthorizationAsync()).GetValue("authorization"));
    }

    [Fact]
    public async Task An_older_token_never_replaces_a_newer_one()
    {
        var handle = await _token.RenewalHandleAsync();
        var newer = Renewed(minutes: 20);
        _renewals.Offer(handle, newer);

        _renewals.Offer(handle, Renewed(minutes: 10));

        Assert.Equal(newer.AccessToken, _renewals.Latest(handle!)!.AccessToken);
    }

    [Fact]
    public async Task The_handle_is_dropped_with_the_circuit()
    {
        var handle = await _token.RenewalHandleAsync();

        _token.Dispose();

        Assert.False(_renewals.Offer(handle, Renewed()));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_no_handle_and_no_renewal()
    {
        _user.User = new();

        Assert.Null(await _token.RenewalHandleAsync());
        Assert.False(await _token.RenewalDueAsync(Heartbeat));
        Assert.Empty(await _token.AuthorizationAsync());
    }
}
