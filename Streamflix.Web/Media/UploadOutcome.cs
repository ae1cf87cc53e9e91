namespace Streamflix.Web.Media;

/// <summary>What became of an upload, in the terms the upload page renders.</summary>
public enum UploadOutcome
{
    Queued,
    TooLarge,
    Refused,
    Unreadable,
    Unavailable,
}
