namespace Streamflix.EventBus;

/// <summary>The service's dead-letter queue ("&lt;queue&gt;.dead"): how full it is, and putting its messages back.</summary>
public interface IDeadLetters
{
    /// <summary>The service's own queue, whose dead letters these are.</summary>
    string Queue { get; }

    /// <summary>Messages waiting in the dead-letter queue; 0 when it does not exist.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves up to <paramref name="max"/> dead letters, oldest first, back to the service's queue
    /// with a fresh attempt count; each is removed from the dead-letter queue only after the broker
    /// confirmed its copy. Returns how many moved. Throws <see cref="DeadLetterReplayException"/>
    /// when a copy could not be published (that message stays dead-lettered).
    /// </summary>
    Task<int> ReplayAsync(int max, CancellationToken cancellationToken);
}
