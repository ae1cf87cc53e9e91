using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Streamflix.EventBus;

/// <summary>
/// Publishes one message and returns once the broker confirmed it. A channel is not safe for
/// concurrent use, so each publish rents one from a small pool; more than
/// <see cref="MaxChannels"/> concurrent publishes wait their turn.
/// </summary>
internal sealed class ConfirmedPublisher(IServiceProvider services, IOptions<EventBusOptions> options) : IAsyncDisposable
{
    public const int MaxChannels = 4;

    private static readonly CreateChannelOptions ConfirmingChannel =
        new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);

    private readonly ConcurrentBag<IChannel> _idle = [];
    private readonly SemaphoreSlim _slots = new(MaxChannels, MaxChannels);
    private volatile bool _disposed;

    /// <summary>Throws when the broker is unreachable, nacks, or does not confirm in time.</summary>
    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishConfirmTimeout);

        try
        {
            await _slots.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No publishing channel became free within {options.Value.PublishConfirmTimeout}.");
        }

        IChannel? channel = null;
        try
        {
            channel = await RentAsync(timeout.Token);
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body, timeout.Token);
            _idle.Add(channel);
            channel = null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The broker did not confirm a message to '{exchange}'/'{routingKey}' within {options.Value.PublishConfirmTimeout}.");
        }
        finally
        {
            // A channel that failed a publish may hold an unconfirmed message or be closed: not reused.
            if (channel is not null)
            {
                await DiscardAsync(channel);
            }

            _slots.Release();
        }
    }

    private async Task<IChannel> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.IsOpen)
            {
                return idle;
            }

            await DiscardAsync(idle);
        }

        var connection = services.GetRequiredService<IConnection>();
        var channel = await connection.CreateChannelAsync(ConfirmingChannel, cancellationToken);
        try
        {
            // Idempotent, and cheap next to a channel's creation: a fresh broker has the exchange
            // before the first message, whoever publishes first.
            await channel.ExchangeDeclareAsync(EventBusTopology.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
                cancellationToken: cancellationToken);
            return channel;
        }
        catch
        {
            await DiscardAsync(channel);
            throw;
        }
    }

    private static async Task DiscardAsync(IChannel channel)
    {
        try
        {
            await channel.DisposeAsync();
        }
        catch (Exception)
        {
            // Already closed with its connection: nothing left to release.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var channel))
        {
            await DiscardAsync(channel);
        }
    }
}
