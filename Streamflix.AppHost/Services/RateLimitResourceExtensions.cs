using Microsoft.Extensions.Configuration;

namespace Streamflix.AppHost.Services;

public static class RateLimitResourceExtensions
{
    /// <summary>
    /// Passes the AppHost's own "RateLimits" settings (e.g. <c>RateLimits:SignUp:PermitLimit</c>) to a
    /// service as <c>RateLimits__…</c>. Unset, the service keeps its protective defaults; tests and
    /// benchmarks, which sign up hundreds of viewers from one address, raise them here.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithRateLimits(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, value) in configuration.GetSection("RateLimits").AsEnumerable(makePathsRelative: true))
        {
            if (!string.IsNullOrEmpty(value))
            {
                service.WithEnvironment($"RateLimits__{key.Replace(":", "__", StringComparison.Ordinal)}", value);
            }
        }

        return service;
    }

    /// <summary>
    /// The key with which the site vouches for the viewer address it forwards to accounts, so that
    /// sign-ups count per viewer rather than all against the site's own address.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithForwardedAddressKey(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> key) =>
        service.WithEnvironment("RateLimits__ForwardedAddressKey", key);
}
