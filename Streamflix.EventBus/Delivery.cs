using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Streamflix.EventBus;

/// <summary>
/// One received message and the channel it must be settled on. Handlers run concurrently on one
/// channel, so acks and nacks take turns.
/// </summary>
internal sealed class Delivery(IChannel channel, SemaphoreSlim settleLock, BasicDeliverEventArgs args, string queue)
{
    public BasicDeliverEventArgs Args { get; } = args;

    // Retried copies arrive through the default exchange under the queue's name, so the routing
    // key is not the event type; the Type property is.
    public string EventType { get; } = args.BasicProperties.Type is { Length: > 0 } type
        ? type
        : args.RoutingKey is { Length: > 0 } key && key != queue ? key : "unknown";

    public string? MessageId => Args.BasicProperties.MessageId;

    public async Task AckAsync()
    {
        await settleLock.WaitAsync();
        try
        {
            await channel.BasicAckAsync(Args.DeliveryTag, multiple: false);
        }
        finally
        {
            settleLock.Release();
        }
    }

    public async Task NackAsync(bool requeue)
    {
        await settleLock.WaitAsync();
        try
        {
            await channel.BasicNackAsync(Args.DeliveryTag, multiple: false, requeue);
        }
        finally
        {
            settleLock.Release();
        }
    }
}
