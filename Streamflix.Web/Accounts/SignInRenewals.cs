using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Streamflix.Web.Accounts;

/// <summary>
/// Carries renewed access tokens from a plain request into a live circuit. A circuit keeps the
/// user it started with, so a page that stays open longer than an access token lives (the
/// player) would call services with an expired token. Such a page registers here and gets a
/// handle; when its token nears expiry its script posts the handle to
/// <see cref="SignInRenewalEndpoint"/>, the cookie check of that request rotates the tokens as
/// for any request, and the endpoint offers the fresh token here for the circuit to pick up.
/// Tokens never reach the browser's script. In-process: circuits are sticky to their server.
/// </summary>
public sealed class SignInRenewals
{
    public sealed record RenewedToken(string AccessToken, DateTimeOffset ExpiresAt);

    private sealed class Entry(string accountId)
    {
        public string AccountId { get; } = accountId;

        public RenewedToken? Token { get; set; }
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public string Register(string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var handle = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _entries[handle] = new Entry(accountId);
        return handle;
    }

    /// <summary>
    /// Keeps <paramref name="viewer"/>'s token for the circuit holding <paramref name="handle"/>,
    /// only if it is the same account's and newer than what is kept. False for an unknown handle
    /// or another account.
    /// </summary>
    public bool Offer(string? handle, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (string.IsNullOrEmpty(handle) || !_entries.TryGetValue(handle, out var entry) || entry.AccountId != viewer.AccountId)
        {
            return false;
        }
        if (viewer.AccessToken.Length == 0 || viewer.AccessTokenExpiresAt is not { } expiresAt)
        {
            return false;
        }

        lock (entry)
        {
            if (entry.Token is null || entry.Token.ExpiresAt < expiresAt)
            {
                entry.Token = new RenewedToken(viewer.AccessToken, expiresAt);
            }
        }
        return true;
    }

    public RenewedToken? Latest(string handle)
    {
        if (!_entries.TryGetValue(handle, out var entry))
        {
            return null;
        }
        lock (entry)
        {
            return entry.Token;
        }
    }

    public void Unregister(string handle) => _entries.TryRemove(handle, out _);
}
