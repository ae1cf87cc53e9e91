using System.Collections.Concurrent;
using System.Diagnostics;

namespace Streamflix.EventBus.Tests.Broker;

/// <summary>What handlers saw, shared with the test through the host's container.</summary>
public sealed class HandlerCalls
{
    private readonly ConcurrentQueue<Call> _calls = new();

    public int FailuresBeforeSuccess { get; set; }

    public IReadOnlyList<Call> All => [.. _calls];

    public int Count => _calls.Count;

    public int Record(IntegrationEvent integrationEvent)
    {
        var activity = Activity.Current;
        _calls.Enqueue(new Call(integrationEvent, activity?.TraceId, activity?.ParentSpanId, activity?.OperationName,
            Streamflix.ServiceDefaults.Chaos.FaultScope.Current?.ToHeaderValue()));
        return _calls.Count;
    }

    /// <summary>Polls until the condition holds, failing the test when it does not within the limit.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, string what)
    {
        var started = Stopwatch.StartNew();
        while (!condition())
        {
            if (started.Elapsed > limit)
            {
                throw new TimeoutException($"Not within {limit}: {what}");
            }

            await Task.Delay(25);
        }
    }

    /// <param name="FaultScenario">The x-streamflix-fault scenario the handler ran under.</param>
    public sealed record Call(IntegrationEvent Event, ActivityTraceId? TraceId, ActivitySpanId? ParentSpanId, string? OperationName,
        string? FaultScenario = null);
}

public sealed class RecordingHandler<TEvent>(HandlerCalls calls) : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
{
    public Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        calls.Record(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>Fails its first <see cref="HandlerCalls.FailuresBeforeSuccess"/> calls.</summary>
public sealed class FlakyHandler<TEvent>(HandlerCalls calls) : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
{
    public Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var call = calls.Record(integrationEvent);
        return call <= calls.FailuresBeforeSuccess
            ? throw new InvalidOperationException($"transcoder unavailable (call {call})")
            : Task.CompletedTask;
    }
}
