using Google.Protobuf.WellKnownTypes;
using Streamflix.Playback.Contracts;
using Streamflix.Playback.Model;
using Streamflix.Playback.Sessions;

namespace Streamflix.Playback.Grpc;

/// <summary>Model → contract.</summary>
public static class PlaybackContractMapping
{
    public static PlaybackManifest ToManifest(this StartedPlayback playback)
    {
        ArgumentNullException.ThrowIfNull(playback);
        var session = playback.Session;
        return new PlaybackManifest
        {
            SessionId = session.SessionId,
            TitleId = session.TitleId,
            ResumePositionSeconds = session.PositionSeconds,
            DurationSeconds = session.DurationSeconds,
            Renditions = { playback.Renditions.Select(r => new Rendition { Name = r.Name, Width = r.Width, Height = r.Height, Bandwidth = r.Bandwidth }) },
            MaxHeight = playback.Entitlement.MaxHeight,
            Edges = { playback.Edges.Select(e => new EdgeEndpoint { Name = e.Name, Region = e.Region, MasterPlaylistUrl = e.MasterPlaylistUrl, Rank = e.Rank }) },
            ExpiresAt = Timestamp.FromDateTimeOffset(playback.UrlsExpireAt),
            HeartbeatIntervalSeconds = playback.HeartbeatIntervalSeconds,
            LeaseSeconds = playback.LeaseSeconds,
        };
    }

    public static WatchedTitle ToContract(this ViewingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new WatchedTitle
        {
            TitleId = progress.TitleId,
            PositionSeconds = progress.PositionSeconds,
            DurationSeconds = progress.DurationSeconds,
            Finished = progress.Finished,
            LastWatchedAt = Timestamp.FromDateTimeOffset(progress.LastWatchedAt),
        };
    }
}
