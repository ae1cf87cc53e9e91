using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>
/// Meter "Streamflix.Resilience": circuit state per caller → target (0 closed, 1 half-open, 2 open),
/// state transitions and bulkhead refusals. Polly's own meter reports per-strategy events; these
/// are the figures the dashboards and the chaos experiments read.
/// </summary>
public static class ResilienceTelemetry
{
    public const string MeterName = "Streamflix.Resilience";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Transitions = Meter.CreateCounter<long>(
        "streamflix.circuit.transitions", "{transition}", "Circuit state changes, tagged with the new state.");

    private static readonly Counter<long> BulkheadRejected = Meter.CreateCounter<long>(
        "streamflix.bulkhead.rejected", "{call}", "Calls refused because the bulkhead and its queue were full.");

    private static readonly ObservableGauge<int> CircuitState = Meter.CreateObservableGauge("streamflix.circuit.state",
            () => ClientCircuits.All.Select(c => new Measurement<int>(CircuitStates.ToMetric(c.CircuitState), Tags(c))),
            "{state}", "Circuit state: 0 closed, 1 half-open, 2 open.");

    /// <summary>Touching the class creates the meter's instruments; called when the first circuit registers.</summary>
    internal static void EnsureObserved() => GC.KeepAlive(CircuitState);

    public static void Transition(ClientCircuit circuit, CircuitState to) =>
        Transitions.Add(1, [.. Tags(circuit), new("state", CircuitStates.ToText(to))]);

    public static void Rejected(ClientCircuit circuit)
    {
        circuit.CountRejection();
        BulkheadRejected.Add(1, Tags(circuit));
    }

    private static KeyValuePair<string, object?>[] Tags(ClientCircuit circuit) =>
        [new("client", circuit.Client), new("target", circuit.Target)];
}
