namespace Streamflix.ServiceDefaults.Instances;

/// <summary>
/// Figures a part of the service adds to its instance report: dead-letter depths (the event
/// bus) and service-specific <see cref="Extra"/> values (the encoder's job queue depth).
/// </summary>
public sealed class InstanceFigures
{
    public List<DeadLetterReport> DeadLetters { get; } = [];

    public Dictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Registered as a singleton by whatever has figures to report; called every report, so it
/// should hand over values it already keeps rather than fetch them.
/// </summary>
public interface IInstanceFiguresSource
{
    ValueTask AddFiguresAsync(InstanceFigures figures, CancellationToken cancellationToken);
}
