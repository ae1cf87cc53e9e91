using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Streamflix.Accounts.Contracts;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Rotates a refresh token at most once per process. A page and its stylesheet, or two tabs,
/// arrive together with the same cookie; if each presented the same refresh token, accounts
/// would see the second as a replay and revoke the viewer's whole token family. So concurrent
/// refreshes of one token share a single call, and its new pair is remembered for a short while
/// for requests that still carry the old cookie.
/// </summary>
public sealed class TokenRefresher(IMemoryCache cache)
{
    /// <summary>Long enough for every request already in flight with the old cookie to finish.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, Lazy<Task<TokenPair>>> _inFlight = new(StringComparer.Ordinal);

    public async Task<TokenPair> RefreshAsync(AccountsService.AccountsServiceClient client, string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        // The key is a hash: the cache must not become a second place that holds live refresh tokens.
        var key = "streamflix:web:refreshed:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        if (cache.TryGetValue<TokenPair>(key, out var remembered) && remembered is not null)
        {
            return remembered;
        }

        Lazy<Task<TokenPair>>? call = null;
        call = new Lazy<Task<TokenPair>>(() => RotateAsync(client, refreshToken, key, call!), LazyThreadSafetyMode.ExecutionAndPublication);
        // The call itself is not cancelled with one request: others may be waiting for it, and
        // a rotation cut off half-way would leave a spent token and no new pair.
        return await _inFlight.GetOrAdd(key, call).Value.WaitAsync(cancellationToken);
    }

    private async Task<TokenPair> RotateAsync(
        AccountsService.AccountsServiceClient client, string refreshToken, string key, Lazy<Task<TokenPair>> self)
    {
        try
        {
            // Checked again here: a rotation of this token may have finished between the caller's
            // look at the cache and this call's start, and the spent token must not go out twice.
            if (cache.TryGetValue<TokenPair>(key, out var remembered) && remembered is not null)
            {
                return remembered;
            }

            var pair = await client.RefreshTokensAsync(new RefreshTokensRequest { RefreshToken = refreshToken }, cancellationToken: CancellationToken.None);
            // Remembered before the call leaves the in-flight table, so no request finds neither.
            cache.Set(key, pair, RememberFor);
            return pair;
        }
        finally
        {
            // A failure is not remembered: the next request tries again (accounts may be back).
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<TokenPair>>>(key, self));
        }
    }
}
