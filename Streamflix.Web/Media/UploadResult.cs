namespace Streamflix.Web.Media;

/// <summary>
/// An upload's outcome with the message the admin reads; failures are results, not exceptions,
/// so the page renders every one of them.
/// </summary>
public sealed record UploadResult(UploadOutcome Outcome, string Message, UploadReceipt? Receipt = null)
{
    public const string QueuedMessage = "Encoding queued — the title page shows its progress";

    public const string UnavailableMessage = "The encoder is unavailable right now. Please try again in a moment.";

    public const string SessionExpiredMessage = "Your sign-in has expired. Reload the page and try again.";

    public const string AdminsOnlyMessage = "Only admins can upload videos.";

    public const string UnreadableMessage = "The file could not be read from your browser. Please choose it again.";

    public static readonly UploadResult Unreadable = new(UploadOutcome.Unreadable, UnreadableMessage);

    public static readonly UploadResult Unavailable = new(UploadOutcome.Unavailable, UnavailableMessage);

    public bool Succeeded => Outcome == UploadOutcome.Queued;

    public static UploadResult Queued(UploadReceipt receipt) => new(UploadOutcome.Queued, QueuedMessage, receipt);

    public static UploadResult TooLarge(long maxBytes) =>
        new(UploadOutcome.TooLarge, $"The file is larger than the upload limit of {maxBytes / (1024 * 1024)} MB.");

    public static UploadResult Refused(string message) => new(UploadOutcome.Refused, message);
}
