using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Streamflix.Catalog.Contracts;
using Streamflix.Playback.Contracts;
using Streamflix.Web.Accounts;
using Streamflix.Web.Playback;

namespace Streamflix.Web.Tests;

internal static class PlaybackSamples
{
    public static readonly ChosenProfile Adult = new("p-adult", "Ada", Kids: false);
    public static readonly ChosenProfile Child = new("p-kid", "Tim", Kids: true);

    public static PlaybackManifest Manifest(string sessionId = "s-1", string titleId = "the-long-night", double resume = 0) => new()
    {
        SessionId = sessionId,
        TitleId = titleId,
        ResumePositionSeconds = resume,
        DurationSeconds = 600,
        Renditions =
        {
            new Streamflix.Playback.Contracts.Rendition { Name = "480p", Width = 854, Height = 480, Bandwidth = 1_400_000 },
            new Streamflix.Playback.Contracts.Rendition { Name = "720p", Width = 1280, Height = 720, Bandwidth = 2_800_000 },
        },
        MaxHeight = 720,
        // Deliberately out of rank order: the player must still start with rank 1.
        Edges =
        {
            new EdgeEndpoint { Name = "edge-2", Region = "eu-west", MasterPlaylistUrl = $"http://edge-2.test/v/{sessionId}/master.m3u8", Rank = 2 },
            new EdgeEndpoint { Name = "edge-1", Region = "eu-west", MasterPlaylistUrl = $"http://edge-1.test/v/{sessionId}/master.m3u8", Rank = 1 },
        },
        ExpiresAt = Timestamp.FromDateTimeOffset(AccountSamples.Now.AddHours(4)),
        HeartbeatIntervalSeconds = 15,
        LeaseSeconds = 60,
    };

    /// <summary>A refusal as playback sends it: a status with a google.rpc.ErrorInfo in its details.</summary>
    public static RpcException Refusal(string reason, StatusCode code = StatusCode.FailedPrecondition, string domain = PlaybackRefusals.Domain) =>
        new Google.Rpc.Status
        {
            Code = (int)code,
            Message = $"refused: {reason}",
            Details = { Any.Pack(new ErrorInfo { Reason = reason, Domain = domain }) },
        }.ToRpcException();

    public static WatchedTitle Watched(string titleId, double position, double duration = 600, bool finished = false, int minutesAgo = 0) => new()
    {
        TitleId = titleId,
        PositionSeconds = position,
        DurationSeconds = duration,
        Finished = finished,
        LastWatchedAt = Timestamp.FromDateTimeOffset(AccountSamples.Now.AddMinutes(-minutesAgo)),
    };

    public static Title ReadyTitle(string id, string name = "The Long Night", bool kids = false)
    {
        var title = CatalogSamples.Title(id, name);
        title.IsKids = kids;
        title.Media = new TitleMedia
        {
            Status = MediaStatus.Ready,
            DurationSeconds = 1200,
            MasterPlaylistPath = $"{id}/v1/master.m3u8",
            Renditions = { new MediaRendition { Name = "720p", Width = 1280, Height = 720, Bandwidth = 2_800_000 } },
        };
        return title;
    }
}
