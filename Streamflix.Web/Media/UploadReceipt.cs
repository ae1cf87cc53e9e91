namespace Streamflix.Web.Media;

/// <summary>The encoder's word that it kept the source and queued its encode.</summary>
public sealed record UploadReceipt(string JobId, string TitleId, double DurationSeconds, int Width, int Height);
