namespace Streamflix.EventBus;

/// <summary>A replay stopped because a message could not be put back; the ones before it were.</summary>
public sealed class DeadLetterReplayException(int replayed, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Messages moved back before the failure.</summary>
    public int Replayed { get; } = replayed;
}
