using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Streamflix.EventBus.Tests.Broker;

/// <summary>The bus against a real broker, through real hosts, as a service would run it.</summary>
public sealed class BrokerEventBusTests(LocalRabbitMQ broker, ITestOutputHelper output) : IClassFixture<LocalRabbitMQ>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private static readonly ActivitySource TestSource = new("Streamflix.EventBus.Tests");

    [Fact]
    public async Task Published_event_reaches_its_handler_once_within_the_publishers_trace()
    {
        // The client library's own publish span (Aspire enables its tracing) may sit between ours
        // and the handler's, so all spans are kept to follow the chain.
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            // By name: touching TestSource here would create it from inside the listener's registration.
            ShouldListenTo = source => source.Name.StartsWith(EventBusTelemetry.Name, StringComparison.Ordinal)
                || source.Name.StartsWith("RabbitMQ.Client", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (spans)
                {
                    spans.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var calls = new HandlerCalls();
        const string queue = "tests.delivery";
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<TitleViewed, RecordingHandler<TitleViewed>>(), output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);

        var viewed = new TitleViewed(Guid.NewGuid());
        ActivityTraceId traceId;
        using (var request = TestSource.StartActivity("play request"))
        {
            traceId = request!.TraceId;
            await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(viewed, CancellationToken.None);
        }

        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 1, Limit, "the handler is called");
        await Task.Delay(300);
        await host.StopAsync();

        var call = Assert.Single(calls.All);
        Assert.Equal(viewed, call.Event);
        Assert.Equal(traceId, call.TraceId);
        Assert.Equal("process TitleViewed", call.OperationName);
        Activity[] trace;
        lock (spans)
        {
            trace = [.. spans.Where(s => s.TraceId == traceId)];
        }

        var publish = Assert.Single(trace, s => s.Source.Name == EventBusTelemetry.Name && s.Kind == ActivityKind.Producer);
        Assert.Equal("publish TitleViewed", publish.OperationName);
        Assert.True(DescendsFrom(call.ParentSpanId!.Value, publish.SpanId, trace),
            $"the handler's parent {call.ParentSpanId} does not descend from the publish span {publish.SpanId}");
        Assert.Equal("rabbitmq", publish.GetTagItem("messaging.system"));
        Assert.Equal(viewed.Id.ToString(), publish.GetTagItem("messaging.message.id"));
        Assert.Equal(0u, await MessageCountAsync(queue));
    }

    [Fact]
    public async Task The_publishers_fault_scenario_is_restored_while_the_handler_runs()
    {
        var calls = new HandlerCalls();
        const string queue = "tests.fault-scenario";
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<TitleViewed, RecordingHandler<TitleViewed>>(), output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);
        var publisher = host.Services.GetRequiredService<IEventPublisher>();

        var withFault = new TitleViewed(Guid.NewGuid());
        using (Streamflix.ServiceDefaults.Chaos.FaultScope.Begin(
            Streamflix.ServiceDefaults.Chaos.FaultScenarioParser.Parse("catalog=error;billing=latency:50@10").Scenario))
        {
            await publisher.PublishAsync(withFault, CancellationToken.None);
        }

        var without = new TitleViewed(Guid.NewGuid());
        await publisher.PublishAsync(without, CancellationToken.None);

        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 2, Limit, "both events are handled");
        await host.StopAsync();

        Assert.Equal("catalog=error;billing=latency:50@10", Assert.Single(calls.All, c => c.Event == withFault).FaultScenario);
        Assert.Null(Assert.Single(calls.All, c => c.Event == without).FaultScenario);
    }

    [Fact]
    public async Task Handler_failing_twice_is_called_three_times_and_the_message_is_acked()
    {
        var calls = new HandlerCalls { FailuresBeforeSuccess = 2 };
        const string queue = "tests.flaky";
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<FlakyWorkRequested, FlakyHandler<FlakyWorkRequested>>(), output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);

        var work = new FlakyWorkRequested(1);
        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(work, CancellationToken.None);

        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 3, Limit, "three calls");
        await Task.Delay(500);
        // Stopping closes the channel: anything still unacknowledged would return to the queue.
        await host.StopAsync();

        Assert.Equal(3, calls.Count);
        Assert.All(calls.All, c => Assert.Equal(work.Id, c.Event.Id));
        Assert.Equal(0u, await MessageCountAsync(queue));
        Assert.Equal(0u, await MessageCountAsync(EventBusTopology.RetryQueueFor(queue)));
        Assert.Equal(0u, await MessageCountAsync(EventBusTopology.DeadLetterQueueFor(queue)));
    }

    [Fact]
    public async Task Handler_that_always_fails_is_tried_max_attempts_times_then_dead_lettered()
    {
        var calls = new HandlerCalls { FailuresBeforeSuccess = int.MaxValue };
        const string queue = "tests.doomed";
        const int maxAttempts = 4;
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<DoomedWorkRequested, FlakyHandler<DoomedWorkRequested>>(), maxDeliveryAttempts: maxAttempts, output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);

        var work = new DoomedWorkRequested(7);
        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(work, CancellationToken.None, EventPriority.High);

        var dead = await WaitForDeadLetterAsync(queue);
        await Task.Delay(300);
        await host.StopAsync();

        Assert.Equal(maxAttempts, calls.Count);
        Assert.Equal(work.Id.ToString(), dead.BasicProperties.MessageId);
        Assert.Equal(nameof(DoomedWorkRequested), dead.BasicProperties.Type);
        Assert.Equal(EventPriority.High, dead.BasicProperties.Priority);
        Assert.Equal(maxAttempts, DeliveryAttempts.Read(dead.BasicProperties.Headers));
        Assert.Contains("transcoder unavailable", Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers!["x-last-error"]!));
        var deserialized = EventSerializer.Deserialize(dead.Body.Span, typeof(DoomedWorkRequested));
        Assert.Equal(work, deserialized);
        Assert.Equal(0u, await MessageCountAsync(queue));
    }

    [Fact]
    public async Task Undeserializable_message_goes_straight_to_the_dead_letter_queue()
    {
        var calls = new HandlerCalls();
        const string queue = "tests.poison";
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<MalformedCandidate, RecordingHandler<MalformedCandidate>>(), output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);

        var id = Guid.NewGuid();
        await host.Services.GetRequiredService<IEventMessagePublisher>().PublishRawAsync(
            new EventMessage(id, nameof(MalformedCandidate), Encoding.UTF8.GetBytes("{\"number\": \"not a number\"")), CancellationToken.None);

        var dead = await WaitForDeadLetterAsync(queue);
        await host.StopAsync();

        Assert.Equal(0, calls.Count);
        Assert.Equal(id.ToString(), dead.BasicProperties.MessageId);
        Assert.Equal(1, DeliveryAttempts.Read(dead.BasicProperties.Headers));
        Assert.Equal(0u, await MessageCountAsync(EventBusTopology.RetryQueueFor(queue)));
    }

    [Fact]
    public async Task Higher_priority_message_is_handled_before_earlier_lower_ones()
    {
        var calls = new HandlerCalls();
        const string queue = "tests.priority";
        // The first host only declares the queue; messages then wait for the second one.
        using (var declaring = EventBusHost.Build(broker, queue, calls,
                   bus => bus.AddSubscription<PrioritizedJob, RecordingHandler<PrioritizedJob>>(), prefetchCount: 1, output: output))
        {
            await declaring.StartAsync();
            await WaitForConsumerAsync(queue);
            await declaring.StopAsync();

            var publisher = declaring.Services.GetRequiredService<IEventPublisher>();
            foreach (var label in new[] { "low-1", "low-2", "low-3" })
            {
                await publisher.PublishAsync(new PrioritizedJob(label), CancellationToken.None, EventPriority.Low);
            }

            await publisher.PublishAsync(new PrioritizedJob("high"), CancellationToken.None, EventPriority.High);
        }

        Assert.Equal(4u, await MessageCountAsync(queue));
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<PrioritizedJob, RecordingHandler<PrioritizedJob>>(), prefetchCount: 1, output: output);
        await host.StartAsync();
        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 4, Limit, "four calls");
        await host.StopAsync();

        var labels = calls.All.Select(c => ((PrioritizedJob)c.Event).Label).ToArray();
        Assert.Equal(["high", "low-1", "low-2", "low-3"], labels);
    }

    [Fact]
    public async Task Consumer_and_publisher_carry_on_after_the_broker_drops_their_connection()
    {
        var calls = new HandlerCalls();
        const string queue = "tests.reconnect";
        using var host = EventBusHost.Build(broker, queue, calls,
            bus => bus.AddSubscription<ReconnectProbe, RecordingHandler<ReconnectProbe>>(), output: output);
        await host.StartAsync();
        await WaitForConsumerAsync(queue);
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        await publisher.PublishAsync(new ReconnectProbe(1), CancellationToken.None);
        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 1, Limit, "the first probe is handled");

        await broker.CloseAllConnectionsAsync();

        // Publishing fails while the connection is down (the caller's outbox retries); keep trying.
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await publisher.PublishAsync(new ReconnectProbe(2), CancellationToken.None);
                break;
            }
            catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or TimeoutException or InvalidOperationException
                                       && started.Elapsed < TimeSpan.FromSeconds(40))
            {
                output.WriteLine($"publish while reconnecting: {ex.GetType().Name}: {ex.Message}");
                await Task.Delay(250);
            }
        }

        await HandlerCalls.WaitUntilAsync(() => calls.Count >= 2, TimeSpan.FromSeconds(40), "the probe published after the cut is handled");
        await host.StopAsync();
        Assert.Equal([1, 2], calls.All.Select(c => ((ReconnectProbe)c.Event).Number).Order());
    }

    private static bool DescendsFrom(ActivitySpanId span, ActivitySpanId ancestor, Activity[] trace)
    {
        for (var current = span; current != default;)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = trace.FirstOrDefault(s => s.SpanId == current)?.ParentSpanId ?? default;
        }

        return false;
    }

    private async Task WaitForConsumerAsync(string queue)
    {
        var started = Stopwatch.StartNew();
        await using var connection = await broker.ConnectAsync();
        while (true)
        {
            // A passive declare of a missing queue closes the channel, hence one per attempt.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                var state = await channel.QueueDeclarePassiveAsync(queue);
                if (state.ConsumerCount > 0)
                {
                    return;
                }
            }
            catch (OperationInterruptedException)
            {
            }

            if (started.Elapsed > Limit)
            {
                throw new TimeoutException($"No consumer on {queue} within {Limit}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<BasicGetResult> WaitForDeadLetterAsync(string queue)
    {
        var started = Stopwatch.StartNew();
        await using var connection = await broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (true)
        {
            var result = await channel.BasicGetAsync(EventBusTopology.DeadLetterQueueFor(queue), autoAck: true);
            if (result is not null)
            {
                return result;
            }

            if (started.Elapsed > Limit)
            {
                throw new TimeoutException($"Nothing in {EventBusTopology.DeadLetterQueueFor(queue)} within {Limit}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<uint> MessageCountAsync(string queue)
    {
        await using var connection = await broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.MessageCountAsync(queue);
    }
}
