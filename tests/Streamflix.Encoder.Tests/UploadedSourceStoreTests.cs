using Streamflix.Encoder.Ingest;

namespace Streamflix.Encoder.Tests;

public sealed class UploadedSourceStoreTests
{
    [Theory]
    [InlineData("movie.MP4", ".mp4")]
    [InlineData("clip.mkv", ".mkv")]
    [InlineData("no-extension", "")]
    [InlineData("weird.m p4", "")]
    [InlineData("../../x.sh;rm", "")]
    [InlineData("long.extension", "")]
    public void Only_short_plain_extensions_are_kept(string fileName, string expected) =>
        Assert.Equal(expected, UploadedSourceStore.SafeExtension(fileName));
}
