namespace Streamflix.Web.Media;

/// <summary>The site's side of the upload limit (section <c>Upload</c>).</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>
    /// Kept equal to the encoder's Encoder:MaxUploadBytes (512 MiB) so that a file the encoder would
    /// refuse is refused here, before the browser spends minutes sending it.
    /// </summary>
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;
}
