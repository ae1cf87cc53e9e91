using System.Collections.Concurrent;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Http;

/// <summary>
/// <see cref="SignedMediaUrl.Verify"/> with a memory of paths that already verified. A player fetches
/// the same signed paths over and over (every viewer of a title, every segment, for an hour), and the
/// HMAC plus the parsing allocations were ~2.5% of the CPU of a 500 KB cache hit. The outcome of a path is
/// fixed by the path and this process's key, except for expiry, which is checked on every request; only
/// valid outcomes are kept, so forged paths cannot fill the memory.
/// </summary>
public sealed class VerifiedMediaPaths
{
    /// <summary>About 4 MB of paths; when full it starts over, which only costs one HMAC per path.</summary>
    public const int MaxEntries = 16_384;

    private readonly ConcurrentDictionary<string, SignedMediaVerification> _valid = new(StringComparer.Ordinal);

    public int Count => _valid.Count;

    public SignedMediaVerification Verify(ReadOnlySpan<byte> key, string? requestPath, DateTimeOffset now)
    {
        if (requestPath is not null && _valid.TryGetValue(requestPath, out var known))
        {
            if (now < known.ExpiresAt)
            {
                return known;
            }

            _valid.TryRemove(requestPath, out _);
            return known with { Status = SignedMediaStatus.Expired };
        }

        var verification = SignedMediaUrl.Verify(key, requestPath, now);
        if (verification.IsValid && requestPath is not null)
        {
            if (_valid.Count >= MaxEntries)
            {
                _valid.Clear();
            }

            _valid.TryAdd(requestPath, verification);
        }

        return verification;
    }
}
