using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Catalog;

namespace Streamflix.Web.Playback;

/// <summary>
/// The profile's unfinished titles, for the home row and the title page's "Resume from". Both
/// are extras: when playback (or the catalog, for one title) cannot answer, the page goes on
/// without them.
/// </summary>
public sealed class ContinueWatchingReader(
    PlaybackService.PlaybackServiceClient playback,
    CatalogService.CatalogServiceClient catalog,
    UserTokens tokens,
    ILogger<ContinueWatchingReader> logger)
{
    public const int RowLimit = 20;

    /// <summary>The most the service returns (playback.proto: 1..50); enough to find one title's position.</summary>
    public const int LookupLimit = 50;

    /// <summary>
    /// Unfinished titles, most recently watched first, resolved through the catalog; for a kids
    /// profile only kids titles. Titles the catalog no longer has are left out. Empty when
    /// playback cannot answer.
    /// </summary>
    public async Task<IReadOnlyList<ContinueWatchingItem>> ReadAsync(ChosenProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var watched = await ListAsync(profile, RowLimit, cancellationToken);
        var unfinished = watched
            .Where(w => !w.Finished && w.PositionSeconds > 0 && w.TitleId.Length > 0)
            .OrderByDescending(w => w.LastWatchedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue)
            .DistinctBy(w => w.TitleId)
            .ToList();
        var titles = await Task.WhenAll(unfinished.Select(w => FindTitleAsync(w.TitleId, cancellationToken)));
        return [.. unfinished.Zip(titles)
            .Where(pair => pair.Second is not null && KidsFilter.Allows(profile, pair.Second.IsKids))
            .Select(pair => new ContinueWatchingItem(
                TitleMapping.ToSummary(pair.Second!),
                pair.First.PositionSeconds,
                pair.First.DurationSeconds > 0 ? pair.First.DurationSeconds : pair.Second!.Media?.DurationSeconds ?? 0))];
    }

    /// <summary>Where the profile stopped in <paramref name="titleId"/>; null when new, finished, or unknown.</summary>
    public async Task<double?> ResumePositionAsync(ChosenProfile profile, string titleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var watched = await ListAsync(profile, LookupLimit, cancellationToken);
        return watched.FirstOrDefault(w => w.TitleId == titleId && !w.Finished && w.PositionSeconds > 0)?.PositionSeconds;
    }

    private async Task<IReadOnlyList<WatchedTitle>> ListAsync(ChosenProfile profile, int limit, CancellationToken cancellationToken)
    {
        try
        {
            var response = await playback.GetContinueWatchingAsync(
                new GetContinueWatchingRequest { ProfileId = profile.Id, Limit = limit },
                await tokens.AuthorizationAsync(),
                cancellationToken: cancellationToken);
            return response.Items;
        }
        catch (RpcException exception)
        {
            logger.LogWarning("Playback GetContinueWatching failed with {StatusCode}: {Detail}", exception.StatusCode, exception.Status.Detail);
            return [];
        }
    }

    private async Task<Title?> FindTitleAsync(string titleId, CancellationToken cancellationToken)
    {
        try
        {
            return await catalog.GetTitleAsync(new GetTitleRequest { Id = titleId }, cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            logger.LogWarning("Catalog GetTitle for continue watching failed with {StatusCode}: {Detail}", exception.StatusCode, exception.Status.Detail);
            return null;
        }
    }
}
