using Grpc.Core;
using Microsoft.Extensions.Options;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Upstream;

/// <summary>
/// The title as the catalog describes it, checked to be playable by this profile: a kids profile is
/// refused a title that is not for kids before anything is said about the title's video.
/// A playable title is kept in this process for Playback:TitleCacheSeconds (a few seconds: a burst of
/// Plays on one title asks the catalog once); a title that is not ready yet is asked for every time,
/// so that it plays as soon as its encode is done. Titles are public catalogue data (the same for every
/// caller), so one caller's answer may serve another. When the catalog cannot answer, the last
/// playable copy read in the last Playback:TitleStaleSeconds is used (<see cref="LastGoodTitles"/>).
/// </summary>
public sealed class TitleSource(
    CatalogService.CatalogServiceClient catalog,
    CoalescedCache<string, Title> cache,
    LastGoodTitles lastGood,
    IOptions<PlaybackOptions> options,
    ILogger<TitleSource> logger)
{
    /// <summary>A shared fetch outlives the caller that started it, but not forever.</summary>
    private static readonly TimeSpan SharedFetchTimeout = TimeSpan.FromSeconds(30);

    public async Task<PlayableTitle> RequirePlayableAsync(string titleId, bool kidsProfile, Metadata authorization, CancellationToken cancellationToken)
    {
        Title title;
        try
        {
            title = await cache.GetAsync(
                titleId,
                async () =>
                {
                    using var timeout = new CancellationTokenSource(SharedFetchTimeout);
                    return await catalog.GetTitleAsync(new GetTitleRequest { Id = titleId }, authorization, cancellationToken: timeout.Token);
                },
                fetched => fetched.Media?.Status == MediaStatus.Ready ? options.Value.TitleCacheDuration : TimeSpan.Zero,
                cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new PlaybackNotFoundException("No such title.");
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            if (!lastGood.TryGet(titleId, out title))
            {
                logger.LogWarning("Catalog did not return title {TitleId}: {Status} {Detail}", titleId, e.StatusCode, e.Status.Detail);
                throw new DependencyUnavailableException("We can't load this title right now; please try again in a moment.", e);
            }

            logger.LogWarning("Catalog did not return title {TitleId} ({Status}); playing its last good copy", titleId, e.StatusCode);
        }

        lastGood.Remember(title);

        if (kidsProfile && !title.IsKids)
        {
            throw PlaybackRefusedException.KidsProfile();
        }

        return ToPlayable(title);
    }

    public static PlayableTitle ToPlayable(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var media = title.Media ?? new TitleMedia();
        return PlayableTitle.Require(
            title.Id,
            title.IsKids,
            StateOf(media.Status),
            media.Percent,
            media.DurationSeconds,
            media.MasterPlaylistPath,
            media.Renditions.Select(r => new PlayableRendition(r.Name, r.Width, r.Height, r.Bandwidth)).ToList());
    }

    public static MediaState StateOf(MediaStatus status) => status switch
    {
        MediaStatus.Queued => MediaState.Queued,
        MediaStatus.Encoding => MediaState.Encoding,
        MediaStatus.Ready => MediaState.Ready,
        MediaStatus.Failed => MediaState.Failed,
        _ => MediaState.None,
    };
}
