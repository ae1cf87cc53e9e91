using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Streamflix.EventBus;

/// <summary>
/// Watches the depth of the service's dead-letter queue: a gauge for dashboards and alerts, and
/// a warning in the log whenever it grew, since every dead letter is an event nobody applied.
/// </summary>
internal sealed partial class DeadLetterObserver : BackgroundService
{
    private readonly IDeadLetters _deadLetters;
    private readonly SubscriptionRegistry _subscriptions;
    private readonly IOptions<EventBusOptions> _options;
    private readonly ILogger<DeadLetterObserver> _logger;
    // -1 until the first observation; a long so the gauge callback reads it whole.
    private long _depth = -1;

    public DeadLetterObserver(IDeadLetters deadLetters, SubscriptionRegistry subscriptions, IMeterFactory meterFactory,
        IOptions<EventBusOptions> options, ILogger<DeadLetterObserver> logger)
    {
        _deadLetters = deadLetters;
        _subscriptions = subscriptions;
        _options = options;
        _logger = logger;
        meterFactory.Create(EventBusTelemetry.Name).CreateObservableGauge("streamflix.eventbus.dead_letter_depth", () =>
                Interlocked.Read(ref _depth) is var depth and >= 0
                    ? [new Measurement<long>(depth, new KeyValuePair<string, object?>("queue", EventBusTopology.DeadLetterQueueFor(_deadLetters.Queue)))]
                    : Array.Empty<Measurement<long>>(),
            "{message}", "Messages in the service's dead-letter queue, as last observed.");
    }

    public long? LastDepth => Interlocked.Read(ref _depth) is var depth and >= 0 ? depth : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_subscriptions.IsEmpty)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(_options.Value.DeadLetterCheckInterval);
        do
        {
            await ObserveAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    internal async Task ObserveAsync(CancellationToken cancellationToken)
    {
        var queue = EventBusTopology.DeadLetterQueueFor(_deadLetters.Queue);
        long depth;
        try
        {
            depth = await _deadLetters.CountAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogObserveFailed(ex, queue);
            return;
        }

        var previous = Math.Max(0, Interlocked.Exchange(ref _depth, depth));
        if (depth > previous)
        {
            LogGrew(queue, previous, depth);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Dead-letter queue {DeadLetterQueue} grew from {Previous} to {Depth} messages; replay them once the cause is fixed")]
    private partial void LogGrew(string deadLetterQueue, long previous, long depth);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the depth of {DeadLetterQueue}")]
    private partial void LogObserveFailed(Exception exception, string deadLetterQueue);
}
