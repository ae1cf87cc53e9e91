namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>
/// The relay's publisher with a switch: while <see cref="Down"/>, every publish fails as it would
/// with the broker unreachable; otherwise it goes to the real broker through the bus's publisher.
/// </summary>
public sealed class OutagePublisher(IEventMessagePublisher broker) : IEventMessagePublisher
{
    private int _attempts;

    public volatile bool Down;

    public TimeSpan DelayPerPublish { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public int Published { get; private set; }

    public async Task PublishRawAsync(EventMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Down)
        {
            throw new TimeoutException("simulated outage: the broker did not confirm");
        }

        if (DelayPerPublish > TimeSpan.Zero)
        {
            await Task.Delay(DelayPerPublish, cancellationToken);
        }

        await broker.PublishRawAsync(message, cancellationToken);
        lock (this)
        {
            Published++;
        }
    }
}
