namespace Streamflix.EventBus.Outbox;

/// <summary>
/// Wakes the relay of one DbContext type when a commit stored outbox rows. Signals coalesce:
/// however many commits happen while the relay is busy, it runs once more afterwards.
/// </summary>
internal sealed class OutboxRelaySignal<TDbContext>
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the relay has not picked it up yet.
        }
    }

    /// <summary>True when signalled, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
