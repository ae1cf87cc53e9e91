using Streamflix.Catalog.Caching;
using Streamflix.Catalog.Model;
using Streamflix.Encoder.Events;
using Streamflix.EventBus;

namespace Streamflix.Catalog.Events;

/// <summary>
/// The catalog's view of encode jobs: a title becomes playable when its ladder is on origin, and
/// the site can show which titles are still encoding. Each handler is idempotent (TitleMedia's
/// rules), so a redelivered event changes nothing.
/// </summary>
public sealed class EncodingStartedHandler(CachedCatalog catalog) : IIntegrationEventHandler<EncodingStarted>
{
    public Task HandleAsync(EncodingStarted e, CancellationToken cancellationToken) =>
        catalog.ChangeMediaAsync(e.TitleId, (media, now) => media.Start(e.JobId, now), cancellationToken);
}

public sealed class EncodingProgressedHandler(CachedCatalog catalog) : IIntegrationEventHandler<EncodingProgressed>
{
    public Task HandleAsync(EncodingProgressed e, CancellationToken cancellationToken) =>
        catalog.ChangeMediaAsync(e.TitleId, (media, now) => media.Progress(e.JobId, e.Percent, now), cancellationToken);
}

public sealed class EncodingCompletedHandler(CachedCatalog catalog, ILogger<EncodingCompletedHandler> logger)
    : IIntegrationEventHandler<EncodingCompleted>
{
    public async Task HandleAsync(EncodingCompleted e, CancellationToken cancellationToken)
    {
        var renditions = e.Renditions.Select(r =>
            new MediaRendition(r.Name, r.Width, r.Height, r.Bandwidth, r.AverageBandwidth, r.Codecs, r.FrameRate));
        if (await catalog.CompleteMediaAsync(e.TitleId,
                (media, now) => media.Complete(e.JobId, e.DurationSeconds, e.MasterPlaylistPath, renditions, now),
                cancellationToken))
        {
            logger.LogInformation("Title {TitleId} is playable: {Renditions} renditions, {Duration:F1} s",
                e.TitleId, e.Renditions.Count, e.DurationSeconds);
        }
    }
}

public sealed class EncodingFailedHandler(CachedCatalog catalog, ILogger<EncodingFailedHandler> logger)
    : IIntegrationEventHandler<EncodingFailed>
{
    public async Task HandleAsync(EncodingFailed e, CancellationToken cancellationToken)
    {
        if (await catalog.ChangeMediaAsync(e.TitleId, (media, now) => media.Fail(e.JobId, e.Reason, now), cancellationToken))
        {
            logger.LogWarning("Encoding title {TitleId} failed: {Reason}", e.TitleId, e.Reason);
        }
    }
}
