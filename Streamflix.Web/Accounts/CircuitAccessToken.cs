using Grpc.Core;

namespace Streamflix.Web.Accounts;

/// <summary>
/// The freshest access token a long-lived circuit has: the one it started with, or a newer one
/// relayed through <see cref="SignInRenewals"/>. One per circuit (scoped); its handle is dropped
/// with the circuit.
/// </summary>
public sealed class CircuitAccessToken(UserTokens tokens, SignInRenewals renewals, TimeProvider clock) : IDisposable
{
    private string? _handle;

    /// <summary>The handle the page's script posts to renew the sign-in; null when nobody is signed in.</summary>
    public async Task<string?> RenewalHandleAsync()
    {
        if (_handle is null && await tokens.ViewerAsync() is { } viewer)
        {
            _handle = renewals.Register(viewer.AccountId);
        }
        return _handle;
    }

    public async Task<Metadata> AuthorizationAsync() => UserTokens.Authorization((await FreshestAsync()).Token);

    /// <summary>
    /// True once the token is close enough to expiry that the cookie check will rotate it
    /// (<see cref="SessionRefreshRule.Ahead"/>), widened by <paramref name="checkEvery"/> so a
    /// page that asks that often does not miss the window.
    /// </summary>
    public async Task<bool> RenewalDueAsync(TimeSpan checkEvery)
    {
        if (_handle is null)
        {
            return false;
        }
        var (token, expiresAt) = await FreshestAsync();
        return token is null || expiresAt is not { } expiry || expiry - clock.GetUtcNow() < SessionRefreshRule.Ahead + checkEvery;
    }

    public void Dispose()
    {
        if (_handle is not null)
        {
            renewals.Unregister(_handle);
        }
    }

    private async Task<(string? Token, DateTimeOffset? ExpiresAt)> FreshestAsync()
    {
        var viewer = await tokens.ViewerAsync();
        var renewed = _handle is null ? null : renewals.Latest(_handle);
        return renewed is not null && (viewer?.AccessTokenExpiresAt is not { } started || renewed.ExpiresAt > started)
            ? (renewed.AccessToken, renewed.ExpiresAt)
            : (viewer?.AccessToken is { Length: > 0 } token ? token : null, viewer?.AccessTokenExpiresAt);
    }
}
