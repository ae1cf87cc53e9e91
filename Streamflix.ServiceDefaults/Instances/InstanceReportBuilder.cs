using Microsoft.Extensions.Diagnostics.HealthChecks;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Resilience;

namespace Streamflix.ServiceDefaults.Instances;

/// <summary>Puts one report together from what the process already knows; no I/O of its own.</summary>
public static class InstanceReportBuilder
{
    public static InstanceReport Build(
        ServiceIdentity identity,
        DateTimeOffset now,
        HealthStatus health,
        IEnumerable<ClientCircuit> circuits,
        ServerFault? fault,
        InstanceFigures figures) => new(
            identity.Service,
            identity.InstanceId,
            identity.StartedAt,
            now,
            health.ToString(),
            [.. circuits.Select(c => new CircuitReport(c.Target, CircuitStates.ToText(c.CircuitState), c.BulkheadInUse, c.BulkheadQueued, c.Rejected))],
            fault is null ? null : new ChaosReport(fault.Kind, fault.LatencyMs, fault.Percent, fault.ExpiresAt),
            [.. figures.DeadLetters],
            new Dictionary<string, string>(figures.Extra, StringComparer.Ordinal));
}
