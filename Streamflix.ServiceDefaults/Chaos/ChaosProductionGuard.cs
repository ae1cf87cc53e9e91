using Microsoft.Extensions.Hosting;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>Fault injection lets a header fail a request: never in Production, whatever the configuration says.</summary>
public static class ChaosProductionGuard
{
    public static void ThrowIfRefused(ChaosOptions options, IHostEnvironment environment, string service)
    {
        if (options.Enabled && environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"'{service}' refuses to start: Chaos:Enabled is true in the Production environment. " +
                "Fault injection lets any caller slow or fail requests; turn it off (Chaos__Enabled=false) or run in another environment.");
        }
    }
}
