using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Streamflix.Edge.Caching;
using Streamflix.Edge.Contracts;
using Streamflix.Edge.Http;
using Streamflix.Edge.Telemetry;

namespace Streamflix.Edge.Heartbeat;

/// <summary>
/// Publishes <see cref="EdgeHeartbeat"/> to Redis. Redis being away must never stop an edge from
/// serving, so failures are logged (once per outage, not every beat) and the loop carries on.
/// </summary>
public sealed partial class EdgeHeartbeatPublisher(
    IServiceProvider services,
    IOptions<EdgeOptions> options,
    EdgeCache cache,
    OriginFetcher fetcher,
    SegmentReadAhead readAhead,
    EdgeLoad load,
    EdgeMetrics metrics,
    EdgeSigningKey signingKey,
    Microsoft.AspNetCore.Hosting.Server.IServer server,
    TimeProvider time,
    ILogger<EdgeHeartbeatPublisher> logger) : BackgroundService
{
    private const int MaxAdvertisedTitles = 200;
    private bool _failing;

    public EdgeHeartbeat CreateHeartbeat()
    {
        var edge = options.Value;
        return new EdgeHeartbeat(
            edge.Name,
            edge.Region,
            edge.PublicUrl ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "",
            Healthy: signingKey.IsConfigured && fetcher.OriginLooksHealthy(TimeSpan.FromSeconds(30)),
            load.ActiveRequests,
            load.BytesPerSecond,
            cache.CachedTitles(MaxAdvertisedTitles),
            cache.CachedBytes,
            Math.Round(metrics.HitRatio, 4),
            time.GetUtcNow(),
            readAhead.FillsCompleted,
            fetcher.OriginBytesFetched);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        try
        {
            do
            {
                await PublishAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // A clean stop withdraws at once instead of waiting for the key to expire.
        try
        {
            var redis = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            await redis.KeyDeleteAsync(EdgeHeartbeat.KeyFor(options.Value.Name));
            await redis.SetRemoveAsync(EdgeHeartbeat.EdgeSetKey, options.Value.Name);
        }
        catch (Exception ex)
        {
            LogWithdrawFailed(logger, ex.Message);
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        try
        {
            var heartbeat = CreateHeartbeat();
            var redis = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            await Task.WhenAll(
                redis.StringSetAsync(EdgeHeartbeat.KeyFor(heartbeat.Name), heartbeat.ToJson(), options.Value.HeartbeatExpiry),
                redis.SetAddAsync(EdgeHeartbeat.EdgeSetKey, heartbeat.Name)).WaitAsync(cancellationToken);

            if (_failing)
            {
                _failing = false;
                LogRecovered(logger, heartbeat.Name);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (!_failing)
            {
                _failing = true;
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Edge heartbeat could not be published; retrying every beat")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Edge heartbeat for {Edge} published again")]
    private static partial void LogRecovered(ILogger logger, string edge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Edge heartbeat could not be withdrawn at shutdown: {Reason}")]
    private static partial void LogWithdrawFailed(ILogger logger, string reason);
}
