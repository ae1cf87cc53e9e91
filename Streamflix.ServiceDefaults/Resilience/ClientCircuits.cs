using System.Collections.Concurrent;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// Every gRPC client's circuit in this process, by target, for the state gauge and the instance
/// report. Per process on purpose: a process has one client per target, and metrics are per process.
/// </summary>
public static class ClientCircuits
{
    private static readonly ConcurrentDictionary<string, ClientCircuit> ByTarget = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ClientCircuit> All => [.. ByTarget.Values.OrderBy(c => c.Target, StringComparer.Ordinal)];

    /// <summary>A later registration for the same target (a second host in one test process) replaces the first.</summary>
    public static void Register(ClientCircuit circuit)
    {
        ByTarget[circuit.Target] = circuit;
        ResilienceTelemetry.EnsureObserved();
    }
}
