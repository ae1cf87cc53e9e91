namespace Streamflix.EventBus;

/// <summary>
/// Something that happened in one service that others may react to. The id makes redelivery
/// detectable: consumers record the ids they have handled.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
