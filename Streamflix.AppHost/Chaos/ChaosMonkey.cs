using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Streamflix.AppHost.Chaos;

/// <summary>
/// Netflix's Chaos Monkey for the local graph: every <see cref="ChaosMonkeyOptions.Interval"/> it stops
/// one random running instance of a listed resource with Aspire's stop command (a replica by its own
/// id, so its siblings keep serving) and starts it again after <see cref="ChaosMonkeyOptions.DownTime"/>.
/// Registered only when <c>ChaosMonkey:Enabled</c> is true.
/// </summary>
internal sealed class ChaosMonkey(
    ChaosMonkeyOptions options,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    TimeProvider time,
    ILogger<ChaosMonkey> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, ChaosInstance> _instances = new(StringComparer.Ordinal);
    private readonly Random _random = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogWarning("Chaos Monkey enabled: every {Interval} s one running instance of {Targets} is stopped for {Down} s",
            options.Interval.TotalSeconds, string.Join(", ", options.Targets.Order(StringComparer.Ordinal)), options.DownTime.TotalSeconds);
        var watching = WatchAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Interval, time, stoppingToken);
                if (VictimChooser.Choose(_instances.Values, options.Targets, _random) is not { } victim)
                {
                    logger.LogInformation("Chaos Monkey skips a turn: no listed resource has all its instances running");
                    continue;
                }

                await KillAndReviveAsync(victim, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping: every resource goes down with it, nothing to restore.
        }

        await watching;
    }

    private async Task KillAndReviveAsync(ChaosInstance victim, CancellationToken stoppingToken)
    {
        logger.LogWarning("Chaos Monkey stops {ResourceId} ({Resource}) for {Down} s", victim.ResourceId, victim.ResourceName, options.DownTime.TotalSeconds);
        var stopped = await commands.ExecuteCommandAsync(victim.ResourceId, KnownResourceCommands.StopCommand, stoppingToken);
        if (!stopped.Success)
        {
            logger.LogWarning("Chaos Monkey could not stop {ResourceId}: {Error}", victim.ResourceId, stopped.Message);
            return;
        }

        await Task.Delay(options.DownTime, time, stoppingToken);
        // Started again even if the delay was the last thing before shutdown would cancel: a victim left
        // down would outlive the experiment. The AppHost's own stop wins when it is already underway.
        var started = await commands.ExecuteCommandAsync(victim.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
        if (started.Success)
        {
            logger.LogWarning("Chaos Monkey started {ResourceId} ({Resource}) again", victim.ResourceId, victim.ResourceName);
        }
        else
        {
            logger.LogError("Chaos Monkey could not start {ResourceId} again: {Error}", victim.ResourceId, started.Message);
        }
    }

    /// <summary>Keeps the state of every instance of a listed resource, as the dashboard shows it.</summary>
    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (options.Targets.Contains(change.Resource.Name))
                {
                    _instances[change.ResourceId] = new ChaosInstance(change.Resource.Name, change.ResourceId, change.Snapshot.State?.Text);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
