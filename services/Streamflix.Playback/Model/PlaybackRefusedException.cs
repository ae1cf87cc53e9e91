namespace Streamflix.Playback.Model;

/// <summary>A rule said no. The message is for the viewer; the reason is for the site to branch on.</summary>
public sealed class PlaybackRefusedException(RefusalReason reason, string message) : Exception(message)
{
    public RefusalReason Reason { get; } = reason;

    public static PlaybackRefusedException NoActivePlan() =>
        new(RefusalReason.NoActivePlan, "Your account has no active plan; choose a plan to start watching.");

    public static PlaybackRefusedException StreamLimit(int maxStreams) =>
        new(RefusalReason.StreamLimit, maxStreams == 1
            ? "Your plan allows 1 stream at once; stop watching on another device or upgrade."
            : $"Your plan allows {maxStreams} streams at once; stop watching on another device or upgrade.");

    public static PlaybackRefusedException NotReady(string message) => new(RefusalReason.NotReady, message);

    public static PlaybackRefusedException KidsProfile() =>
        new(RefusalReason.KidsProfile, "This title is not available on a kids profile.");

    public static PlaybackRefusedException NoEdge() =>
        new(RefusalReason.NoEdge, "No video server is available right now; please try again in a moment.");

    public static PlaybackRefusedException BillingUnavailable() =>
        new(RefusalReason.BillingUnavailable, "We can't check your plan right now; please try again in a moment.");

    public static PlaybackRefusedException SessionEnded() =>
        new(RefusalReason.SessionEnded, "This playback session has ended; start playing again.");
}
