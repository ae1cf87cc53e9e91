using System.Security.Cryptography;
using System.Text;

namespace Streamflix.EventBus;

internal static class OperationsKey
{
    public const string Header = "X-Operations-Key";

    /// <summary>
    /// Compares digests in constant time, so neither the content nor the length of the expected
    /// key leaks through how long a wrong guess takes.
    /// </summary>
    public static bool Matches(string expected, string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        Span<byte> expectedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), expectedHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        return CryptographicOperations.FixedTimeEquals(expectedHash, presentedHash);
    }
}
