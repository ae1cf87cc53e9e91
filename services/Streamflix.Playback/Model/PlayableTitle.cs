using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Playback.Model;

/// <summary>
/// What playback needs of a catalog title. <see cref="MasterPlaylist"/> is relative to the title's
/// folder (<c>{version}/master.m3u8</c>): the signed path carries the title id separately.
/// </summary>
public sealed record PlayableTitle(
    string TitleId,
    bool IsKids,
    double DurationSeconds,
    string MasterPlaylist,
    IReadOnlyList<PlayableRendition> Renditions)
{
    /// <summary>
    /// Checks that the title can be played and builds it; otherwise a NOT_READY refusal whose
    /// message says how far the video is.
    /// </summary>
    public static PlayableTitle Require(
        string titleId,
        bool isKids,
        MediaState state,
        double percent,
        double durationSeconds,
        string masterPlaylistPath,
        IReadOnlyList<PlayableRendition> renditions)
    {
        if (state != MediaState.Ready)
        {
            throw PlaybackRefusedException.NotReady(NotReadyMessage(state, percent));
        }

        var relative = RelativeMasterPlaylist(titleId, masterPlaylistPath);
        if (relative is null || durationSeconds <= 0 || renditions.Count == 0)
        {
            throw PlaybackRefusedException.NotReady("This title's video is not ready to play yet.");
        }

        return new PlayableTitle(titleId, isKids, durationSeconds, relative, renditions);
    }

    public static string NotReadyMessage(MediaState state, double percent) => state switch
    {
        MediaState.Queued => "This title is queued for encoding; try again soon.",
        MediaState.Encoding => $"This title is still encoding ({Math.Clamp(Math.Floor(percent), 0, 99):0} %); try again soon.",
        MediaState.Failed => "This title's video failed to encode and cannot be played.",
        _ => "This title has no video yet.",
    };

    /// <summary>
    /// "{titleId}/{version}/master.m3u8" → "{version}/master.m3u8". A path outside the title's folder,
    /// or one the edges would refuse, gives null.
    /// </summary>
    public static string? RelativeMasterPlaylist(string titleId, string masterPlaylistPath)
    {
        var prefix = titleId + "/";
        if (string.IsNullOrEmpty(masterPlaylistPath) || !masterPlaylistPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = masterPlaylistPath[prefix.Length..];
        return MediaPathRules.IsValidRelativePath(relative) ? relative : null;
    }
}
