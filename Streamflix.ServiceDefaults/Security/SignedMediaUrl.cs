using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Streamflix.ServiceDefaults.Security;

/// <summary>
/// Signed media paths: <c>/v/{expiresUnixSeconds}/{sessionId}/{maxHeight}/{signature}/{titleId}/{relativePath}</c>.
/// The token lives in the path, not the query, so that the relative URIs inside HLS playlists
/// (<c>480p/index.m3u8</c>, <c>seg_003.ts</c>) resolve to paths that still carry it. For the same reason
/// the signature covers the title's prefix rather than one file: one signature opens every object of
/// one title, for one viewer session, until it expires.
/// <para>
/// <c>maxHeight</c> is the viewer's plan cap (0 = none). It is in the token because that one signature
/// opens every rendition of the title: a cap applied only to the manifest playback hands out would be
/// undone by a player that asks for <c>1080p/index.m3u8</c> itself. Carried and signed in the path, the
/// edge can enforce it on every request without asking billing, and the viewer cannot raise it.
/// </para>
/// </summary>
public static class SignedMediaUrl
{
    public const string Prefix = "/v/";
    public const string DefaultRelativePath = "master.m3u8";

    /// <summary>The largest cap the path can carry (five digits): far above any real rendition.</summary>
    public const int MaxHeightLimit = 99_999;

    // v2 added the height cap to the signed text, so a v1 signature can never open a v2 path.
    private const string Version = "v2";
    private const int SignatureBytes = 32;                       // HMAC-SHA256
    private static readonly int SignatureChars = Base64Url.GetEncodedLength(SignatureBytes);

    /// <param name="maxHeight">The highest rendition height the viewer may receive; 0 for no cap.</param>
    public static string CreatePath(
        ReadOnlySpan<byte> key,
        string titleId,
        string sessionId,
        DateTimeOffset expiresAt,
        int maxHeight,
        string relativePath = DefaultRelativePath)
    {
        EnsureKey(key);
        if (!MediaPathRules.IsValidTitleId(titleId))
        {
            throw new ArgumentException($"'{titleId}' is not a valid title id.", nameof(titleId));
        }

        if (!MediaPathRules.IsValidSessionId(sessionId))
        {
            throw new ArgumentException("The session id must be 1-64 characters of [A-Za-z0-9_-].", nameof(sessionId));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxHeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHeight, MaxHeightLimit);

        if (!MediaPathRules.IsValidRelativePath(relativePath))
        {
            throw new ArgumentException($"'{relativePath}' is not a valid media path.", nameof(relativePath));
        }

        var expires = expiresAt.ToUnixTimeSeconds();
        if (expires <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), "The expiry must be after the Unix epoch.");
        }

        var expiresText = expires.ToString(CultureInfo.InvariantCulture);
        var heightText = maxHeight.ToString(CultureInfo.InvariantCulture);
        var signature = Sign(key, titleId, expiresText, sessionId, heightText);
        return $"{Prefix}{expiresText}/{sessionId}/{heightText}/{signature}/{titleId}/{relativePath}";
    }

    public static SignedMediaVerification Verify(ReadOnlySpan<byte> key, string? requestPath, DateTimeOffset now)
    {
        EnsureKey(key);
        var path = requestPath ?? "";
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || path.Length == Prefix.Length)
        {
            return new(SignedMediaStatus.Missing);
        }

        var parts = path[Prefix.Length..].Split('/');

        // An unsigned path (/v/{titleId}/...) is "missing"; anything else that does not parse is malformed,
        // including an all-digit first part that is not a canonical expiry.
        if (!IsCanonicalDecimal(parts[0], maxDigits: 12, allowZero: false, out var expires))
        {
            return MediaPathRules.IsValidTitleId(parts[0]) && !parts[0].All(char.IsAsciiDigit)
                && parts.Length > 1 && !HasTraversal(parts)
                ? new(SignedMediaStatus.Missing)
                : new(SignedMediaStatus.Malformed);
        }

        if (parts.Length < 6
            || !MediaPathRules.IsValidSessionId(parts[1])
            || !IsCanonicalDecimal(parts[2], maxDigits: 5, allowZero: true, out var maxHeight)
            || parts[3].Length != SignatureChars
            || !MediaPathRules.IsValidTitleId(parts[4]))
        {
            return new(SignedMediaStatus.Malformed);
        }

        var relativePath = string.Join('/', parts, 5, parts.Length - 5);
        if (!MediaPathRules.IsValidRelativePath(relativePath))
        {
            return new(SignedMediaStatus.Malformed);
        }

        var (expiresText, sessionId, heightText, signature, titleId) = (parts[0], parts[1], parts[2], parts[3], parts[4]);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires);

        // Signature before expiry: "expired" is then only ever said of a genuine URL, which helps support
        // tell a stale player from a forger without telling a forger anything.
        var expected = Encoding.ASCII.GetBytes(Sign(key, titleId, expiresText, sessionId, heightText));
        var presented = Encoding.UTF8.GetBytes(signature);
        var status = !CryptographicOperations.FixedTimeEquals(expected, presented) ? SignedMediaStatus.BadSignature
            : now >= expiresAt ? SignedMediaStatus.Expired
            : SignedMediaStatus.Valid;

        return new(status, titleId, relativePath, sessionId, expiresAt, (int)maxHeight);
    }

    private static string Sign(ReadOnlySpan<byte> key, string titleId, string expires, string sessionId, string maxHeight)
    {
        // The trailing '/' after the title id binds the signature to the title's folder: "the-long-night"
        // can never be stretched to cover "the-long-night-2". Every field is on its own line and none may
        // contain '\n', so characters cannot be moved from one field to the next (session "a1" + cap "20"
        // is not session "a" + cap "120").
        var message = Encoding.UTF8.GetBytes($"{Version}\n{titleId}/\n{expires}\n{sessionId}\n{maxHeight}");
        Span<byte> mac = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(key, message, mac);
        return Base64Url.EncodeToString(mac);
    }

    // Only the canonical decimal form is accepted (no sign, no leading zeros, "0" only where zero is
    // allowed), so exactly one string spells each number and the signed text is the text in the path.
    private static bool IsCanonicalDecimal(string text, int maxDigits, bool allowZero, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return false;
        }

        if (text[0] == '0')
        {
            return allowZero && text.Length == 1;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool HasTraversal(string[] parts) =>
        parts.Any(p => p is "." or ".." || p.Contains('%') || p.Contains('\\'));

    private static void EnsureKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MediaSigningKey.MinimumBytes)
        {
            throw new ArgumentException($"The signing key must be at least {MediaSigningKey.MinimumBytes} bytes.", nameof(key));
        }
    }
}
