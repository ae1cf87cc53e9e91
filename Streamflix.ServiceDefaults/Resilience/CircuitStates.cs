using Polly.CircuitBreaker;

namespace Streamflix.ServiceDefaults.Resilience;

/// <summary>The circuit states as the contract names and numbers them (metric value, report text).</summary>
public static class CircuitStates
{
    /// <summary>0 closed, 1 half-open, 2 open (isolated counts as open).</summary>
    public static int ToMetric(CircuitState state) => state switch
    {
        CircuitState.HalfOpen => 1,
        CircuitState.Open or CircuitState.Isolated => 2,
        _ => 0,
    };

    public static string ToText(CircuitState state) => state switch
    {
        CircuitState.HalfOpen => "half-open",
        CircuitState.Open or CircuitState.Isolated => "open",
        _ => "closed",
    };
}
