using Streamflix.Origin.Storage;

namespace Streamflix.Origin.Tests;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("the-long-night", "master.m3u8")]
    [InlineData("the-long-night", "480p/seg_003.ts")]
    [InlineData("t1", "audio/en/aac/init.mp4")]
    [InlineData("t1", "subs/en.vtt")]
    public void Valid_paths_are_accepted(string titleId, string relativePath)
    {
        Assert.True(MediaPath.TryCreate(titleId, relativePath, out var path));
        Assert.Equal($"{titleId}/{relativePath}", path.ToString());
    }

    [Theory]
    [InlineData("the-long-night", null)]
    [InlineData("the-long-night", "")]
    [InlineData("the-long-night", "../other/master.m3u8")]
    [InlineData("the-long-night", "480p/../../etc/passwd")]
    [InlineData("the-long-night", "%2e%2e/master.m3u8")]
    [InlineData("the-long-night", "480p%2f..%2fseg.ts")]
    [InlineData("the-long-night", "%2E%2E%2Fsecret")]
    [InlineData("the-long-night", "480p\\seg.ts")]
    [InlineData("the-long-night", "/etc/passwd")]
    [InlineData("the-long-night", "480p//seg.ts")]
    [InlineData("the-long-night", "480p/")]
    [InlineData("the-long-night", ".origin-tmp")]
    [InlineData("the-long-night", "a/b/c/d/e.ts")]
    [InlineData("the-long-night", "seg..ts")]
    [InlineData("the-long-night", "C:/windows/win.ini")]
    [InlineData("..", "master.m3u8")]
    [InlineData("The-Long-Night", "master.m3u8")]
    [InlineData("-night", "master.m3u8")]
    [InlineData("night\n", "master.m3u8")]
    [InlineData(null, "master.m3u8")]
    public void Traversal_encoded_traversal_and_bad_segments_are_refused(string? titleId, string? relativePath)
    {
        Assert.False(MediaPath.TryCreate(titleId, relativePath, out _));
    }
}
