using System.Collections.Concurrent;
using System.Diagnostics;
using RabbitMQ.Client;
using Streamflix.EventBus.Tests.Broker;

namespace Streamflix.EventBus.Tests.Outbox;

/// <summary>A queue of the test's own, bound to one routing key: every publish of that event lands here once.</summary>
public sealed class BoundQueue : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<BasicGetResult> _received = new();

    private BoundQueue(IConnection connection, IChannel channel, string name)
    {
        _connection = connection;
        _channel = channel;
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<BasicGetResult> Received => [.. _received];

    public IReadOnlyList<string?> MessageIds => [.. _received.Select(r => r.BasicProperties.MessageId)];

    public static async Task<BoundQueue> CreateAsync(LocalRabbitMQ broker, string routingKey)
    {
        var connection = await broker.ConnectAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(EventBusTopology.Exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var name = $"tests.outbox.{routingKey}.{Guid.NewGuid().ToString("N")[..6]}";
        await channel.QueueDeclareAsync(name, durable: false, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(name, EventBusTopology.Exchange, routingKey);
        return new BoundQueue(connection, channel, name);
    }

    /// <summary>Takes whatever has arrived so far.</summary>
    public async Task<int> DrainAsync()
    {
        while (await _channel.BasicGetAsync(Name, autoAck: true) is { } message)
        {
            _received.Enqueue(message);
        }

        return _received.Count;
    }

    public async Task WaitForAsync(int count, TimeSpan limit)
    {
        var started = Stopwatch.StartNew();
        while (await DrainAsync() < count)
        {
            if (started.Elapsed > limit)
            {
                throw new TimeoutException($"{Name} received {_received.Count} of {count} messages within {limit}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Keeps draining for a while, so that a duplicate on its way would be counted.</summary>
    public async Task SettleAsync(TimeSpan period)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < period)
        {
            await DrainAsync();
            await Task.Delay(50);
        }

        await DrainAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.QueueDeleteAsync(Name);
        }
        catch (Exception)
        {
            // The broker is being torn down with the fixture anyway.
        }

        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
