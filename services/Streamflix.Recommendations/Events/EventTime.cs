namespace Streamflix.Recommendations.Events;

/// <summary>
/// When an event counts as having happened: its own time (a replayed or late event keeps its place in
/// history and decays as old), but never later than now (another host's clock running ahead must not
/// make a play look fresher than it is).
/// </summary>
internal static class EventTime
{
    public static DateTimeOffset Of(DateTimeOffset occurredAt, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return occurredAt > now || occurredAt == default ? now : occurredAt;
    }
}
