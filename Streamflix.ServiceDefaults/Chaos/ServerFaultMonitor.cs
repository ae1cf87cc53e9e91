using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Streamflix.ServiceDefaults.Chaos;

/// <summary>
/// Keeps this instance's view of the shared fault fresh (polled every <see cref="ChaosOptions.PollInterval"/>),
/// so the request path reads a field, never Redis. When Redis cannot be read the last fault holds
/// until its own expiry.
/// </summary>
public sealed partial class ServerFaultMonitor(
    ServerFaultStore store,
    RedisConnectionSource redis,
    IOptions<ChaosOptions> options,
    TimeProvider clock,
    ILogger<ServerFaultMonitor> logger) : BackgroundService
{
    private volatile ServerFault? _current;
    private bool _readFailed;

    /// <summary>The fault to apply now, or null.</summary>
    public ServerFault? Current => _current is { } fault && (fault.ExpiresAt is not { } expires || expires > clock.GetUtcNow()) ? fault : null;

    /// <summary>Takes effect at once on this instance after a change through its own endpoint; the others follow within a poll.</summary>
    public void Apply(ServerFault? fault) => Changed(fault);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !redis.IsAvailable)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                Changed(await store.GetAsync(stoppingToken));
                _readFailed = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!_readFailed)
                {
                    LogReadFailed(ex, store.Key);
                }

                _readFailed = true;
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private void Changed(ServerFault? fault)
    {
        var previous = _current;
        _current = fault;
        if (fault is not null && (previous is null || previous with { ExpiresAt = null } != fault with { ExpiresAt = null }))
        {
            LogInjected(store.Key, fault.Kind, fault.LatencyMs, fault.Percent, fault.ExpiresAt);
        }
        else if (fault is null && previous is not null)
        {
            LogCleared(store.Key);
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
        Message = "Chaos: applying {Kind} fault from {Key} to incoming requests (latency {LatencyMs} ms, {Percent} %, until {ExpiresAt})")]
    private partial void LogInjected(string key, string kind, int latencyMs, int percent, DateTimeOffset? expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chaos: fault {Key} cleared or expired")]
    private partial void LogCleared(string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chaos: could not read {Key}; keeping the last fault until it expires")]
    private partial void LogReadFailed(Exception exception, string key);
}
