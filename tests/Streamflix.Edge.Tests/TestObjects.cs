using Streamflix.Edge.Caching;

namespace Streamflix.Edge.Tests;

internal static class TestObjects
{
    public static CachedObject OfSize(int bytes, string contentType = "video/mp2t") =>
        new(new byte[bytes], contentType, "\"etag\"", "public, max-age=31536000, immutable", null, DateTimeOffset.UnixEpoch);

    public static CachedObject Text(string text, string contentType = "application/vnd.apple.mpegurl") =>
        new(System.Text.Encoding.UTF8.GetBytes(text), contentType, "\"etag\"", "public, max-age=10", null, DateTimeOffset.UnixEpoch);
}
