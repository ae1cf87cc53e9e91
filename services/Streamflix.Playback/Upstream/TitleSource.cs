using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Model;

namespace Streamflix.Playback.Upstream;

/// <summary>
/// The title as the catalog describes it, checked to be playable by this profile: a kids profile is
/// refused a title that is not for kids before anything is said about the title's video.
/// </summary>
public sealed class TitleSource(CatalogService.CatalogServiceClient catalog, ILogger<TitleSource> logger)
{
    public async Task<PlayableTitle> RequirePlayableAsync(string titleId, bool kidsProfile, Metadata authorization, CancellationToken cancellationToken)
    {
        Title title;
        try
        {
            title = await catalog.GetTitleAsync(new GetTitleRequest { Id = titleId }, authorization, cancellationToken: cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new PlaybackNotFoundException("No such title.");
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Catalog did not return title {TitleId}: {Status} {Detail}", titleId, e.StatusCode, e.Status.Detail);
            throw new DependencyUnavailableException("We can't load this title right now; please try again in a moment.", e);
        }

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
