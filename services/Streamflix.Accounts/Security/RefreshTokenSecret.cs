using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Streamflix.Accounts.Security;

/// <summary>
/// The secret a refresh token is: 256 random bits, base64url so it travels in JSON and headers
/// unescaped. The store keeps only its SHA-256; a hash is enough because the secret is random
/// (no dictionary to try), and it lets the store find a token by an indexed equality.
/// </summary>
public static class RefreshTokenSecret
{
    public const int ByteLength = 32;

    // 32 bytes are 43 base64url characters; anything much longer is not one of ours.
    public const int MaxPresentedLength = 64;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteLength));

    public static byte[] Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }
}
