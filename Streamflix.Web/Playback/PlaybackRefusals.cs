using Google.Rpc;
using Grpc.Core;

namespace Streamflix.Web.Playback;

/// <summary>
/// The refusal reasons of playback.proto (google.rpc.ErrorInfo, domain "playback.streamflix")
/// and the words the player page uses for each. A refusal without a known reason, or any other
/// failure, gets one generic message: the page never shows a service's raw error.
/// </summary>
public static class PlaybackRefusals
{
    public const string Domain = "playback.streamflix";

    public const string NoActivePlan = "NO_ACTIVE_PLAN";
    public const string StreamLimit = "STREAM_LIMIT";
    public const string NotReady = "NOT_READY";
    public const string KidsProfile = "KIDS_PROFILE";
    public const string NoEdge = "NO_EDGE";
    public const string BillingUnavailable = "BILLING_UNAVAILABLE";
    public const string SessionEnded = "SESSION_ENDED";

    /// <summary>The site's own: the browser could load the video from none of the manifest's edges.</summary>
    public const string AllEdgesFailed = "ALL_EDGES_FAILED";

    /// <summary>The site's own: the title or profile is unknown to playback.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The site's own: anything else (an outage, an unexpected status).</summary>
    public const string Unavailable = "UNAVAILABLE";

    public const string UnavailableMessage = "Playback is unavailable right now. Please try again in a moment.";

    /// <summary>The ErrorInfo reason playback attached, or null for a foreign or reasonless error.</summary>
    public static string? ReasonOf(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        return info is not null && info.Domain == Domain && info.Reason.Length > 0 ? info.Reason : null;
    }

    public static PlaybackProblem Describe(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ReasonOf(exception) switch
        {
            { } reason => Describe(reason),
            null when exception.StatusCode == StatusCode.NotFound => Describe(NotFound),
            null => Describe(Unavailable),
        };
    }

    public static PlaybackProblem Describe(string reason) => reason switch
    {
        NoActivePlan => new(reason, "Your account has no active plan, so it cannot play videos.", "/plans", "Choose a plan"),
        StreamLimit => new(reason,
            "Every screen your plan allows is in use right now. Stop watching on another device, or move to a plan with more screens.",
            "/account", "Manage your plan"),
        NotReady => new(reason, "This title is not ready to watch yet. Please come back once its video has finished processing."),
        KidsProfile => new(reason, "This title is not available on a kids profile."),
        NoEdge => new(reason, "No video server can stream to you right now. Please try again in a moment."),
        BillingUnavailable => new(reason, "We cannot check your membership right now, so the video cannot start. Please try again in a moment."),
        AllEdgesFailed => new(reason, "The video stopped loading from every server we tried. Please try again in a moment."),
        NotFound => new(reason, "We could not find that title."),
        _ => new(Unavailable, UnavailableMessage),
    };
}
