using System.Diagnostics.CodeAnalysis;

namespace Streamflix.Origin.Storage;

/// <summary>
/// The media types the store holds. Anything else is refused on write and never served, so the
/// origin cannot be turned into a host for arbitrary files.
/// </summary>
public static class ContentTypes
{
    // Playlists change while a title is being (re)encoded or a live window moves; segments never
    // change once written (a re-encode writes a new title folder), so edges and browsers may keep them.
    public const string PlaylistCacheControl = "public, max-age=10";
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".m3u8"] = "application/vnd.apple.mpegurl",
        [".ts"] = "video/mp2t",
        [".m4s"] = "video/iso.segment",
        [".mp4"] = "video/mp4",
        [".m4a"] = "audio/mp4",
        [".aac"] = "audio/aac",
        [".vtt"] = "text/vtt",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
    };

    public static bool TryGet(string path, [NotNullWhen(true)] out string? contentType) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out contentType);

    public static bool IsPlaylist(string path) =>
        Path.GetExtension(path).Equals(".m3u8", StringComparison.OrdinalIgnoreCase);

    public static string CacheControlFor(string path) =>
        IsPlaylist(path) ? PlaylistCacheControl : ImmutableCacheControl;
}
