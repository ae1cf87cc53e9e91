using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Streamflix.ServiceDefaults.Security;

/// <summary>
/// The HMAC key shared by whoever signs media paths (playback) and whoever checks them (edges), read
/// from <c>Media:SigningKey</c>. Signer and verifiers must turn the configured text into the same bytes,
/// so both go through <see cref="TryParse"/>.
/// </summary>
public static class MediaSigningKey
{
    public const string ConfigurationKey = "Media:SigningKey";

    /// <summary>HMAC-SHA256's block of security: a shorter key is refused rather than silently weak.</summary>
    public const int MinimumBytes = 32;

    /// <summary>
    /// Base64 that decodes to at least <see cref="MinimumBytes"/> bytes is used as those bytes (generated
    /// keys); anything else is taken as UTF-8 text, which must itself be at least that long.
    /// </summary>
    public static bool TryParse(string? configured, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return false;
        }

        var decoded = new byte[configured.Length];
        if (Convert.TryFromBase64String(configured, decoded, out var written) && written >= MinimumBytes)
        {
            key = decoded[..written];
            return true;
        }

        var raw = Encoding.UTF8.GetBytes(configured);
        if (raw.Length >= MinimumBytes)
        {
            key = raw;
            return true;
        }

        return false;
    }

    public static byte[]? FromConfiguration(IConfiguration configuration) =>
        TryParse(configuration[ConfigurationKey], out var key) ? key : null;
}
