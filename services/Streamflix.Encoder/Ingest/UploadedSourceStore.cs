using Microsoft.Extensions.Options;
using Streamflix.Encoder.Encoding;

namespace Streamflix.Encoder.Ingest;

/// <summary>
/// Where uploads live: a partial file beside the final folder while it streams in (same file
/// system, so the final move is a rename), then <c>{UploadPath}/{jobId}/source{ext}</c>.
/// </summary>
public sealed class UploadedSourceStore(IOptions<EncoderOptions> options)
{
    private const string IncomingFolder = ".incoming";

    public string NewPartialPath(Guid jobId)
    {
        var folder = Path.Combine(options.Value.UploadPath, IncomingFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, jobId.ToString("N") + ".part");
    }

    public string Keep(string partialPath, Guid jobId, string fileName)
    {
        var folder = Path.Combine(options.Value.UploadPath, jobId.ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "source" + SafeExtension(fileName));
        File.Move(partialPath, path, overwrite: true);
        return path;
    }

    public static void Discard(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort; the incoming folder holds only partial files and may be swept.
        }
    }

    /// <summary>The client's extension if it is a plain short one (ffmpeg guesses some formats by it), else none.</summary>
    public static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is >= 2 and <= 6 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : "";
    }
}
