using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Streamflix.EventBus;

internal sealed partial class DeadLetters(
    IServiceProvider services,
    ConfirmedPublisher publisher,
    TimeProvider time,
    IOptions<EventBusOptions> options,
    ILogger<DeadLetters> logger) : IDeadLetters
{
    private const ushort NotFound = 404;

    public string Queue => options.Value.SubscriptionName!;

    private string DeadLetterQueue => EventBusTopology.DeadLetterQueueFor(Queue);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var connection = services.GetRequiredService<IConnection>();
        // A passive declare of a missing queue closes its channel: one channel for that alone.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var state = await channel.QueueDeclarePassiveAsync(DeadLetterQueue, cancellationToken);
            return state.MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            return 0;
        }
    }

    public async Task<int> ReplayAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var connection = services.GetRequiredService<IConnection>();
        if (!await ExistsAsync(connection, DeadLetterQueue, cancellationToken))
        {
            return 0;
        }

        // Through the default exchange a message for a missing queue is confirmed and dropped:
        // make sure the way back exists before taking anything out.
        if (!await ExistsAsync(connection, Queue, cancellationToken))
        {
            throw new DeadLetterReplayException(0, $"Queue '{Queue}' does not exist; its dead letters stay in '{DeadLetterQueue}'.");
        }

        // Messages taken but not yet settled return to the dead-letter queue if this channel closes.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var replayed = 0;
        while (replayed < max)
        {
            var dead = await channel.BasicGetAsync(DeadLetterQueue, autoAck: false, cancellationToken);
            if (dead is null)
            {
                break;
            }

            try
            {
                await publisher.PublishAsync("", Queue, ReplayCopy.Properties(dead.BasicProperties, time.GetUtcNow()), dead.Body,
                    cancellationToken);
            }
            catch (Exception ex)
            {
                await SettleQuietlyAsync(() => channel.BasicNackAsync(dead.DeliveryTag, multiple: false, requeue: true).AsTask());
                LogReplayFailed(ex, dead.BasicProperties.Type, dead.BasicProperties.MessageId, DeadLetterQueue, replayed);
                throw new DeadLetterReplayException(replayed,
                    $"Replaying from '{DeadLetterQueue}' stopped after {replayed} message(s): {ex.Message}", ex);
            }

            await channel.BasicAckAsync(dead.DeliveryTag, multiple: false, CancellationToken.None);
            replayed++;
            LogReplayed(dead.BasicProperties.Type, dead.BasicProperties.MessageId, DeadLetterQueue, Queue);
        }

        return replayed;
    }

    private static async Task<bool> ExistsAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return true;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            return false;
        }
    }

    private static async Task SettleQuietlyAsync(Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (Exception)
        {
            // The channel is gone: the broker returns the unsettled message to the queue by itself.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {EventType} {EventId} from {DeadLetterQueue} to {Queue}")]
    private partial void LogReplayed(string? eventType, string? eventId, string deadLetterQueue, string queue);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Replaying {EventType} {EventId} from {DeadLetterQueue} failed after {Replayed} replayed; it stays dead-lettered")]
    private partial void LogReplayFailed(Exception exception, string? eventType, string? eventId, string deadLetterQueue, int replayed);
}
