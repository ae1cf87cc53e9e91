using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Http;

/// <summary>
/// <c>Media:SigningKey</c>, parsed once. Without a usable key the edge still starts (health, metrics,
/// heartbeat saying unhealthy) but refuses media with 503, so a wiring mistake is visible, not fatal.
/// </summary>
public sealed class EdgeSigningKey(byte[]? key)
{
    public byte[]? Key { get; } = key;

    public bool IsConfigured => Key is not null;

    public static EdgeSigningKey FromConfiguration(IConfiguration configuration) =>
        new(MediaSigningKey.FromConfiguration(configuration));
}
