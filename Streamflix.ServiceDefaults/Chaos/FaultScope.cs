namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// The fault scenario of the work in progress (a request, or an event being handled). An
/// AsyncLocal, so it follows the request's awaits and tasks without being passed around, and
/// work started elsewhere never sees it.
/// </summary>
public static class FaultScope
{
    private static readonly AsyncLocal<FaultScenario?> CurrentScenario = new();

    public static FaultScenario? Current => CurrentScenario.Value;

    /// <summary>Makes <paramref name="scenario"/> current until the returned value is disposed.</summary>
    public static Restore Begin(FaultScenario? scenario)
    {
        var previous = CurrentScenario.Value;
        CurrentScenario.Value = scenario;
        return new Restore(previous);
    }

    public readonly struct Restore(FaultScenario? previous) : IDisposable
    {
        public void Dispose() => CurrentScenario.Value = previous;
    }
}
