using System.Text;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.EventBus;

/// <summary>
/// The request's fault scenario (<see cref="FaultHeader.Name"/>) in message headers: an event
/// published while handling a request with a fault carries it, and its consumer handles the event
/// under the same scenario, so a fault follows the work across the broker as trace context does.
/// </summary>
public static class FaultScenarioPropagation
{
    /// <summary>Adds the current scenario unless the message already carries one (stored by an outbox).</summary>
    public static void Inject(IDictionary<string, object?> headers)
    {
        if (FaultScope.Current is { } scenario && !headers.ContainsKey(FaultHeader.Name))
        {
            headers[FaultHeader.Name] = scenario.ToHeaderValue();
        }
    }

    /// <summary>The current scenario as a header to store beside an outbox row, or null.</summary>
    public static string? Capture() => FaultScope.Current?.ToHeaderValue();

    /// <summary>The scenario carried by a delivered message; bad rules are dropped (the parser never throws).</summary>
    public static FaultScenario? Extract(IDictionary<string, object?>? headers) =>
        headers is not null && headers.TryGetValue(FaultHeader.Name, out var raw)
            ? FaultScenarioParser.Parse(raw switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => null,
            }).Scenario
            : null;
}
