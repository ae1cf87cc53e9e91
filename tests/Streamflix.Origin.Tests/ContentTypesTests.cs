using Streamflix.Origin.Storage;

namespace Streamflix.Origin.Tests;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("master.m3u8", "application/vnd.apple.mpegurl")]
    [InlineData("480p/seg_003.ts", "video/mp2t")]
    [InlineData("480p/seg_003.m4s", "video/iso.segment")]
    [InlineData("480p/init.mp4", "video/mp4")]
    [InlineData("subs/en.vtt", "text/vtt")]
    [InlineData("poster.jpg", "image/jpeg")]
    [InlineData("poster.PNG", "image/png")]
    public void Media_files_get_their_type(string path, string expected)
    {
        Assert.True(ContentTypes.TryGet(path, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("script.js")]
    [InlineData("noextension")]
    public void Other_files_have_no_type(string path)
    {
        Assert.False(ContentTypes.TryGet(path, out _));
    }

    [Fact]
    public void Playlists_are_short_lived_and_segments_immutable()
    {
        Assert.Equal("public, max-age=10", ContentTypes.CacheControlFor("480p/index.m3u8"));
        Assert.Equal("public, max-age=31536000, immutable", ContentTypes.CacheControlFor("480p/seg_003.ts"));
    }
}
