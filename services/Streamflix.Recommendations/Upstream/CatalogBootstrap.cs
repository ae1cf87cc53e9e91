using Grpc.Core;
using Microsoft.Extensions.Options;
using Streamflix.Catalog.Contracts;
using Streamflix.Recommendations.Data;
using Streamflix.Recommendations.Rows;

namespace Streamflix.Recommendations.Upstream;

/// <summary>
/// Mirrors the catalogue once at start-up (genres, then every title page by page, anonymously), so
/// titles published before this service first ran, or while it was down, can be recommended; the
/// catalog's events keep the mirror current after that. Runs in the background and retries with
/// backoff until one full pass succeeds: the service is healthy and serving meanwhile.
/// Only READY titles are marked playable; a title that is not READY is mirrored without touching a
/// publication time an event may already have set.
/// </summary>
public sealed class CatalogBootstrap(
    CatalogService.CatalogServiceClient catalog,
    IServiceScopeFactory scopes,
    IOptions<RecommendationsOptions> options,
    TimeProvider clock,
    ILogger<CatalogBootstrap> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var count = await MirrorAsync(stoppingToken);
                logger.LogInformation("Catalogue mirrored: {Count} titles (attempt {Attempt})", count, attempt);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Catalogue mirror attempt {Attempt} failed, retrying in {Delay}: {Error}", attempt, delay, e.Message);
            }

            try
            {
                await Task.Delay(delay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private async Task<int> MirrorAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mirror = scope.ServiceProvider.GetRequiredService<CatalogMirror>();

        var genres = await catalog.ListGenresAsync(new ListGenresRequest(), cancellationToken: cancellationToken);
        foreach (var genre in genres.Genres)
        {
            await mirror.UpsertGenreAsync(genre.Id, genre.Name, cancellationToken);
        }

        var count = 0;
        var pageToken = string.Empty;
        do
        {
            var page = await catalog.ListTitlesAsync(
                new ListTitlesRequest { PageSize = options.Value.BootstrapPageSize, PageToken = pageToken },
                cancellationToken: cancellationToken);
            foreach (var title in page.Titles)
            {
                await mirror.UpsertTitleAsync(
                    title.Id,
                    title.Name,
                    title.GenreIds,
                    title.IsKids,
                    title.ReleaseYear,
                    metadataAsOf: title.UpdatedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch,
                    playableSince: PlayableSince(title),
                    cancellationToken);
                count++;
            }

            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));

        // Every stored row set predates what was just mirrored.
        scope.ServiceProvider.GetRequiredService<SharedSignalsCache>().Invalidate();
        await scope.ServiceProvider.GetRequiredService<Redis.RowsStore>().BumpCatalogVersionAsync();
        return count;
    }

    /// <summary>When a READY title became playable, as near as the catalog says; null when it is not playable.</summary>
    public static DateTimeOffset? PlayableSince(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Media is not { Status: MediaStatus.Ready } media)
        {
            return null;
        }

        return media.UpdatedAt?.ToDateTimeOffset() ?? title.UpdatedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch;
    }
}
