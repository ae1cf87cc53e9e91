using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Streamflix.ServiceDefaults.Chaos;

namespace Streamflix.EventBus;

/// <summary>
/// Consumes the service's queue: a handler's success acks the message; a failure schedules a
/// delayed retry through the retry queue until attempts run out, then the message is rejected
/// into the service's dead-letter queue. Never lets a message take the host down.
/// </summary>
internal sealed partial class EventConsumer(
    IServiceProvider services,
    IServiceScopeFactory scopeFactory,
    SubscriptionRegistry subscriptions,
    ConfirmedPublisher retryPublisher,
    EventBusTelemetry telemetry,
    IOptions<EventBusOptions> options,
    ILogger<EventConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ChannelCheckInterval = TimeSpan.FromSeconds(1);

    // Long enough for the client's automatic recovery to bring a dropped connection back with
    // the channel and its consumer; after that we build a channel of our own.
    private static readonly TimeSpan RecoveryWait = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _handlersStopping = new();
    private int _inFlight;

    private EventBusOptions Options => options.Value;

    private string Queue => Options.SubscriptionName!;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (subscriptions.IsEmpty)
        {
            return;
        }

        // Resolving IConnection connects (with retries): not on the thread that starts the host.
        await Task.Yield();
        var reconnectDelay = FirstReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var consumed = await ConsumeUntilChannelLostAsync(stoppingToken);
                if (consumed)
                {
                    reconnectDelay = FirstReconnectDelay;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogConsumeFailed(ex, Queue, reconnectDelay);
            }

            try
            {
                await Task.Delay(reconnectDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            reconnectDelay = TimeSpan.FromTicks(Math.Min(reconnectDelay.Ticks * 2, MaxReconnectDelay.Ticks));
        }
    }

    /// <summary>True when consuming started before the channel was lost; returns only when the channel cannot come back.</summary>
    private async Task<bool> ConsumeUntilChannelLostAsync(CancellationToken stoppingToken)
    {
        var connection = services.GetRequiredService<IConnection>();
        var channelOptions = new CreateChannelOptions(
            publisherConfirmationsEnabled: false,
            publisherConfirmationTrackingEnabled: false,
            consumerDispatchConcurrency: Math.Max((ushort)1, Options.PrefetchCount));

        await using var channel = await connection.CreateChannelAsync(channelOptions, stoppingToken);
        await DeclareTopologyAsync(channel, stoppingToken);
        await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: Options.PrefetchCount, global: false, stoppingToken);

        var acknowledgements = new SemaphoreSlim(1, 1);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => OnDeliveryAsync(channel, acknowledgements, delivery);
        var consumerTag = await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, stoppingToken);
        LogConsuming(Queue, string.Join(", ", subscriptions.RoutingKeys));

        try
        {
            await WatchChannelAsync(connection, channel, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await StopGracefullyAsync(channel, consumerTag);
            throw;
        }
    }

    private async Task DeclareTopologyAsync(IChannel channel, CancellationToken cancellationToken)
    {
        var queue = Queue;
        var deadLetterQueue = EventBusTopology.DeadLetterQueueFor(queue);
        var retryQueue = EventBusTopology.RetryQueueFor(queue);

        await channel.ExchangeDeclareAsync(EventBusTopology.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(EventBusTopology.DeadLetterExchange, ExchangeType.Direct, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);

        await channel.QueueDeclareAsync(deadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            cancellationToken: cancellationToken);
        await channel.QueueBindAsync(deadLetterQueue, EventBusTopology.DeadLetterExchange, routingKey: queue,
            cancellationToken: cancellationToken);

        await channel.QueueDeclareAsync(retryQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: EventBusTopology.RetryQueueArguments(queue), cancellationToken: cancellationToken);

        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: EventBusTopology.MainQueueArguments(queue, Options.MaxPriority), cancellationToken: cancellationToken);
        foreach (var routingKey in subscriptions.RoutingKeys)
        {
            await channel.QueueBindAsync(queue, EventBusTopology.Exchange, routingKey, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// Returns when the channel is gone for good. A dropped connection is recovered by the client
    /// together with the channel and consumer; a channel the broker closed (protocol error) is not,
    /// and neither is one whose connection stays away longer than <see cref="RecoveryWait"/>.
    /// </summary>
    private async Task WatchChannelAsync(IConnection connection, IChannel channel, CancellationToken stoppingToken)
    {
        var closedSince = (long?)null;
        while (true)
        {
            await Task.Delay(ChannelCheckInterval, stoppingToken);
            if (channel.IsOpen)
            {
                closedSince = null;
                continue;
            }

            closedSince ??= Stopwatch.GetTimestamp();
            var closedFor = Stopwatch.GetElapsedTime(closedSince.Value);
            if ((connection.IsOpen && closedFor >= ChannelCheckInterval) || closedFor >= RecoveryWait)
            {
                LogChannelLost(Queue, channel.CloseReason?.ReplyText ?? "unknown");
                return;
            }
        }
    }

    private async Task StopGracefullyAsync(IChannel channel, string consumerTag)
    {
        // Stop deliveries first, then give running handlers a bounded time before their token fires.
        try
        {
            using var cancelTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await channel.BasicCancelAsync(consumerTag, noWait: false, cancelTimeout.Token);
        }
        catch (Exception ex)
        {
            LogStopProblem(ex, Queue);
        }

        try
        {
            _handlersStopping.CancelAfter(Options.ShutdownGracePeriod);
        }
        catch (ObjectDisposedException)
        {
            // The host was disposed without being stopped: nothing is left to drain.
            return;
        }

        var deadline = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _inFlight) > 0 && Stopwatch.GetElapsedTime(deadline) < Options.ShutdownGracePeriod + TimeSpan.FromSeconds(1))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }

        try
        {
            using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await channel.CloseAsync(closeTimeout.Token);
        }
        catch (Exception ex)
        {
            LogStopProblem(ex, Queue);
        }
    }

    private async Task OnDeliveryAsync(IChannel channel, SemaphoreSlim acknowledgements, BasicDeliverEventArgs delivery)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await HandleDeliveryAsync(new Delivery(channel, acknowledgements, delivery, Queue));
        }
        catch (Exception ex)
        {
            // Ack or nack failed: the channel is gone and the broker redelivers the message.
            LogSettleFailed(ex, Queue, delivery.BasicProperties.Type ?? delivery.RoutingKey, delivery.BasicProperties.MessageId);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleDeliveryAsync(Delivery delivery)
    {
        var eventType = delivery.EventType;
        var headers = delivery.Args.BasicProperties.Headers;
        var attempt = DeliveryAttempts.Read(headers);
        using var activity = EventBusTelemetry.StartProcess(eventType, Queue, delivery.MessageId,
            attempt, TraceContextPropagation.Extract(headers));

        if (!subscriptions.TryGet(eventType, out var subscription))
        {
            await DeadLetterAsync(delivery, attempt, $"no subscription for '{eventType}' in this service", activity);
            return;
        }

        var integrationEvent = EventSerializer.Deserialize(delivery.Args.Body.Span, subscription.EventType);
        if (integrationEvent is null)
        {
            // Poison: another attempt would fail the same way.
            await DeadLetterAsync(delivery, attempt, $"body is not a valid {subscription.EventType.Name}", activity);
            return;
        }

        var handlersToken = _handlersStopping.Token;
        try
        {
            // The publisher's fault scenario applies to the calls this handler makes.
            using (FaultScope.Begin(FaultScenarioPropagation.Extract(headers)))
            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                await subscription.HandleAsync(scope.ServiceProvider, integrationEvent, handlersToken);
            }
        }
        catch (OperationCanceledException) when (handlersToken.IsCancellationRequested)
        {
            // Cut short by shutdown: not the message's fault, so it goes back without using an attempt.
            await delivery.NackAsync(requeue: true);
            return;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            await RetryOrDeadLetterAsync(delivery, integrationEvent.Id, attempt, ex, activity);
            return;
        }

        await delivery.AckAsync();
        telemetry.Consumed(eventType, Queue);
    }

    private async Task RetryOrDeadLetterAsync(Delivery delivery, Guid eventId, int attempt, Exception failure, Activity? activity)
    {
        var reason = $"{failure.GetType().Name}: {failure.Message}";
        if (DeliveryAttempts.OnFailure(attempt, Options.MaxDeliveryAttempts) == FailedDeliveryAction.DeadLetter)
        {
            await DeadLetterAsync(delivery, attempt, reason, activity, failure);
            return;
        }

        var delay = DeliveryAttempts.RetryDelay(attempt, Options.RetryDelay, Options.MaxRetryDelay);
        try
        {
            await retryPublisher.PublishAsync("", EventBusTopology.RetryQueueFor(Queue),
                RetryCopy.Properties(delivery.Args.BasicProperties, attempt + 1, delay, reason), delivery.Args.Body, CancellationToken.None);
        }
        catch (Exception publishFailure)
        {
            // Without a confirmed copy the original must stay: put it back after the delay (the
            // attempt is not counted, the broker is likely down anyway).
            LogRetryPublishFailed(publishFailure, delivery.EventType, eventId, Queue);
            await Task.Delay(delay, CancellationToken.None);
            await delivery.NackAsync(requeue: true);
            return;
        }

        await delivery.AckAsync();
        LogRetry(failure, delivery.EventType, eventId, Queue, attempt, Options.MaxDeliveryAttempts, delay, reason);
        telemetry.Retried(delivery.EventType, Queue);
    }

    private async Task DeadLetterAsync(Delivery delivery, int attempt, string reason, Activity? activity, Exception? failure = null)
    {
        activity?.SetStatus(ActivityStatusCode.Error, reason);
        await delivery.NackAsync(requeue: false);
        LogDeadLettered(failure, delivery.EventType, delivery.MessageId, Queue, attempt, EventBusTopology.DeadLetterQueueFor(Queue), reason);
        telemetry.DeadLettered(delivery.EventType, Queue);
    }

    public override void Dispose()
    {
        _handlersStopping.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming queue {Queue} for {RoutingKeys}")]
    private partial void LogConsuming(string queue, string routingKeys);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consuming queue {Queue} failed; trying again in {Delay}")]
    private partial void LogConsumeFailed(Exception exception, string queue, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel of queue {Queue} was lost ({Reason}); opening a new one")]
    private partial void LogChannelLost(string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping the consumer of {Queue} did not go cleanly")]
    private partial void LogStopProblem(Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not settle {EventType} {EventId} on {Queue}; the broker will redeliver it")]
    private partial void LogSettleFailed(Exception exception, string queue, string eventType, string? eventId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Handling {EventType} {EventId} from {Queue} failed (attempt {Attempt} of {MaxAttempts}); retrying in {Delay}: {Reason}")]
    private partial void LogRetry(Exception exception, string eventType, Guid eventId, string queue, int attempt, int maxAttempts, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule a retry of {EventType} {EventId} from {Queue}; requeued")]
    private partial void LogRetryPublishFailed(Exception exception, string eventType, Guid eventId, string queue);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Dead-lettered {EventType} {EventId} from {Queue} after attempt {Attempt} into {DeadLetterQueue}: {Reason}")]
    private partial void LogDeadLettered(Exception? exception, string eventType, string? eventId, string queue, int attempt, string deadLetterQueue, string reason);
}
