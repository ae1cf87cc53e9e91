using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Streamflix.ServiceDefaults.Security;

/// <summary>
/// Signed media paths: <c>/v/{expiresUnixSeconds}/{sessionId}/{signature}/{titleId}/{relativePath}</c>.
/// The token lives in the path, not the query, so that the relative URIs inside HLS playlists
/// (<c>480p/index.m3u8</c>, <c>seg_003.ts</c>) resolve to paths that still carry it. For the same reason
/// the signature covers the title's prefix rather than one file: one signature opens every object of
/// one title, for one viewer session, until it expires.
/// </summary>
public static class SignedMediaUrl
{
    public const string Prefix = "/v/";
    public const string DefaultRelativePath = "master.m3u8";

    private const string Version = "v1";
    private const int SignatureBytes = 32;                       // HMAC-SHA256
    private static readonly int SignatureChars = Base64Url.GetEncodedLength(SignatureBytes);

    public static string CreatePath(
        ReadOnlySpan<byte> key,
        string titleId,
        string sessionId,
        DateTimeOffset expiresAt,
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
        return $"{Prefix}{expiresText}/{sessionId}/{Sign(key, titleId, expiresText, sessionId)}/{titleId}/{relativePath}";
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
        if (!IsCanonicalExpiry(parts[0], out var expires))
        {
            return MediaPathRules.IsValidTitleId(parts[0]) && !parts[0].All(char.IsAsciiDigit)
                && parts.Length > 1 && !HasTraversal(parts)
                ? new(SignedMediaStatus.Missing)
                : new(SignedMediaStatus.Malformed);
        }

        if (parts.Length < 5
            || !MediaPathRules.IsValidSessionId(parts[1])
            || parts[2].Length != SignatureChars
            || !MediaPathRules.IsValidTitleId(parts[3]))
        {
            return new(SignedMediaStatus.Malformed);
        }

        var relativePath = string.Join('/', parts, 4, parts.Length - 4);
        if (!MediaPathRules.IsValidRelativePath(relativePath))
        {
            return new(SignedMediaStatus.Malformed);
        }

        var (expiresText, sessionId, signature, titleId) = (parts[0], parts[1], parts[2], parts[3]);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires);

        // Signature before expiry: "expired" is then only ever said of a genuine URL, which helps support
        // tell a stale player from a forger without telling a forger anything.
        var expected = Encoding.ASCII.GetBytes(Sign(key, titleId, expiresText, sessionId));
        var presented = Encoding.UTF8.GetBytes(signature);
        var status = !CryptographicOperations.FixedTimeEquals(expected, presented) ? SignedMediaStatus.BadSignature
            : now >= expiresAt ? SignedMediaStatus.Expired
            : SignedMediaStatus.Valid;

        return new(status, titleId, relativePath, sessionId, expiresAt);
    }

    private static string Sign(ReadOnlySpan<byte> key, string titleId, string expires, string sessionId)
    {
        // The trailing '/' after the title id binds the signature to the title's folder: "the-long-night"
        // can never be stretched to cover "the-long-night-2".
        var message = Encoding.UTF8.GetBytes($"{Version}\n{titleId}/\n{expires}\n{sessionId}");
        Span<byte> mac = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(key, message, mac);
        return Base64Url.EncodeToString(mac);
    }

    // Only the canonical decimal form is accepted (no sign, no leading zeros), so exactly one string
    // spells each expiry and the signed text is the text in the path.
    private static bool IsCanonicalExpiry(string text, out long expires)
    {
        expires = 0;
        if (text.Length is 0 or > 12 || text[0] == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out expires);
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
