using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Streamflix.ServiceDefaults.Chaos;
using Streamflix.ServiceDefaults.Resilience;

namespace Streamflix.ServiceDefaults.Instances;

/// <summary>
/// Writes this process's <see cref="InstanceReport"/> to Redis every <see cref="Interval"/>, with
/// an expiry of three intervals, so a dead instance drops off the operations page by itself.
/// Idle in a process without Redis.
/// </summary>
public sealed partial class InstanceReporter(
    RedisConnectionSource redis,
    ServiceIdentity identity,
    HealthCheckService healthChecks,
    ServerFaultMonitor chaos,
    IEnumerable<IInstanceFiguresSource> sources,
    TimeProvider clock,
    ILogger<InstanceReporter> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsAvailable)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await ReportAsync(stoppingToken);
                _failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Once per outage: Redis down is already visible elsewhere.
                if (!_failing)
                {
                    LogReportFailed(ex, identity.Service, identity.InstanceId);
                }

                _failing = true;
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    internal async Task<InstanceReport> ReportAsync(CancellationToken cancellationToken)
    {
        var figures = new InstanceFigures();
        foreach (var source in sources)
        {
            await source.AddFiguresAsync(figures, cancellationToken);
        }

        var health = await healthChecks.CheckHealthAsync(cancellationToken);
        var report = InstanceReportBuilder.Build(identity, clock.GetUtcNow(), health.Status, ClientCircuits.All, chaos.Current, figures);
        var connection = await redis.GetAsync(cancellationToken);
        if (connection is not null)
        {
            await connection.GetDatabase().StringSetAsync(
                InstanceReport.KeyFor(identity.Service, identity.InstanceId), JsonSerializer.Serialize(report, Json), Expiry);
        }

        return report;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the instance report of {Service} {InstanceId}; retrying every few seconds")]
    private partial void LogReportFailed(Exception exception, string service, string instanceId);
}
