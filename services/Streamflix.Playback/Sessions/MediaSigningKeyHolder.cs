using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Sessions;

/// <summary>
/// <c>Media:SigningKey</c>, parsed once, the same way edges parse it (they verify what this signs).
/// Without a usable key the service still starts (history, progress, health) but cannot hand out
/// video addresses, and says so in its log and to callers.
/// </summary>
public sealed class MediaSigningKeyHolder(byte[]? key)
{
    public byte[]? Key { get; } = key;

    public static MediaSigningKeyHolder FromConfiguration(IConfiguration configuration) =>
        new(MediaSigningKey.FromConfiguration(configuration));
}
