namespace Streamflix.Web.Media;

/// <summary>A source video to send to the encoder for a title.</summary>
/// <param name="Open">
/// Opens the file's bytes, read once front to back. Opened only once the length has passed the
/// limit: InputFile's stream refuses to open for a file over its own maximum.
/// </param>
/// <param name="Length">The size the browser declared, checked against the limit before sending.</param>
public sealed record SourceUpload(Func<Stream> Open, long Length, string TitleId, string TitleName, string FileName);
