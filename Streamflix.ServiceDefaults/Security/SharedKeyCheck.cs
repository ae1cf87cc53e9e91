using System.Security.Cryptography;
using System.Text;

namespace Streamflix.ServiceDefaults.Security;

public enum SharedKeyOutcome
{
    /// <summary>No key is configured: the guarded operation is switched off, never open.</summary>
    NotConfigured,
    Missing,
    Mismatch,
    Match,
}

/// <summary>
/// Service-to-service keys passed in a header (origin's <c>X-Origin-Key</c>, an edge's
/// <c>X-Internal-Key</c>). Both sides are hashed first so the constant-time compare also hides the
/// key's length.
/// </summary>
public static class SharedKeyCheck
{
    public static SharedKeyOutcome Check(string? expected, string? presented)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return SharedKeyOutcome.NotConfigured;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return SharedKeyOutcome.Missing;
        }

        var expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expectedHash, presentedHash)
            ? SharedKeyOutcome.Match
            : SharedKeyOutcome.Mismatch;
    }
}
