namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// One rule of an <c>x-streamflix-fault</c> scenario: calls to <paramref name="Target"/> (an AppHost
/// resource name) get <paramref name="Kind"/> in <paramref name="Percent"/> % of attempts.
/// </summary>
public sealed record FaultRule(string Target, FaultKind Kind, int LatencyMs = 0, int Percent = 100)
{
    public TimeSpan Latency => TimeSpan.FromMilliseconds(LatencyMs);

    /// <summary>Polly's injection rate (0..1).</summary>
    public double InjectionRate => Percent / 100.0;

    /// <summary>Whether this attempt is hit; <paramref name="roll"/> is uniform in [0, 1).</summary>
    public bool Hits(double roll) => roll < InjectionRate;

    public override string ToString()
    {
        var kind = Kind switch
        {
            FaultKind.Latency => $"latency:{LatencyMs}",
            FaultKind.Abort => "abort",
            _ => "error",
        };
        return Percent == 100 ? $"{Target}={kind}" : $"{Target}={kind}@{Percent}";
    }
}
