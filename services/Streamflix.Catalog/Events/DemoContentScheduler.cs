using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Data;
using Streamflix.Catalog.Model;
using Streamflix.Encoder.Events;
using Streamflix.EventBus;

namespace Streamflix.Catalog.Events;

public sealed class DemoContentOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>0: each title gets a stable length between 20 and 60 s; otherwise this many seconds.</summary>
    public int DurationSeconds { get; set; }

    /// <summary>
    /// 0: every title without video gets one. Otherwise at most this many titles have video at all
    /// (<see cref="DemoContentBudget"/>): benchmarks use 1 so that minutes of ffmpeg work do not run
    /// beside what they time, and the integration tests a few, enough for the tests that need several.
    /// </summary>
    public int MaxTitles { get; set; }
}

/// <summary>
/// Gives every title without video a generated demo video, so that a fresh start needs no
/// internet: queues one encode job per title at low priority (the encoder takes one at a time,
/// so the rest of the system stays usable). A title is claimed in the database before its job
/// is published, and released again if publishing fails, so replicas never queue it twice and a
/// broker outage only delays it.
/// </summary>
public sealed class DemoContentScheduler(
    IServiceScopeFactory scopes,
    IEventPublisher publisher,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<DemoContentOptions> options,
    ILogger<DemoContentScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var backoff = TimeSpan.FromSeconds(2);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = await QueueMissingAsync(stoppingToken);
                if (queued.Failed == 0)
                {
                    logger.LogInformation("Demo content: {Queued} titles queued for encoding", queued.Queued);
                    return;
                }

                logger.LogWarning("Demo content: {Failed} titles could not be queued; retrying in {Delay}", queued.Failed, backoff);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Demo content: queueing failed; retrying in {Delay}", backoff);
            }

            await Task.Delay(backoff, stoppingToken);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private async Task<(int Queued, int Failed)> QueueMissingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CachedCatalog>();
        var titles = await scope.ServiceProvider.GetRequiredService<CatalogMediaWriter>()
            .TitlesNeedingDemoContentAsync(options.Value.MaxTitles, cancellationToken);

        int queued = 0, failed = 0;
        foreach (var (id, name, _) in titles)
        {
            var job = new EncodeRequested(id, name, SourceKind.Generated, SourcePath: null,
                DemoDurationSeconds: DemoDuration.For(id, options.Value.DurationSeconds));
            if (!await catalog.ChangeMediaAsync(id, (media, now) => media.NeedsDemoContent(now) && media.Queue(job.JobId, now), cancellationToken))
            {
                continue; // another replica claimed it
            }

            try
            {
                await publisher.PublishAsync(job, cancellationToken, EventPriority.Low);
                queued++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogDebug(exception, "Could not queue {TitleId}", id);
                await catalog.ChangeMediaAsync(id, (media, now) => media.Unqueue(job.JobId, now), CancellationToken.None);
                failed++;
            }
        }

        return (queued, failed);
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
