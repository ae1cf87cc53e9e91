using System.Text;
using Streamflix.Edge.Http;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.Edge.Tests;

public sealed class VerifiedMediaPathsTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("verified-paths-test-key-0123456789abcdef");
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_valid_path_is_remembered_and_answers_the_same()
    {
        var paths = new VerifiedMediaPaths();
        var path = SignedMediaUrl.CreatePath(Key, "title-1", "session", Now.AddHours(1), 480, "480p/seg_001.ts");

        var first = paths.Verify(Key, path, Now);
        var second = paths.Verify(Key, path, Now.AddMinutes(1));

        Assert.Equal(SignedMediaStatus.Valid, first.Status);
        Assert.Same(first, second);
        Assert.Equal("title-1/480p/seg_001.ts", second.OriginPath);
        Assert.Equal(480, second.MaxHeight);
        Assert.Equal(1, paths.Count);
    }

    [Fact]
    public void A_remembered_path_still_expires()
    {
        var paths = new VerifiedMediaPaths();
        var path = SignedMediaUrl.CreatePath(Key, "title-1", "session", Now.AddMinutes(5), 0, "master.m3u8");
        Assert.True(paths.Verify(Key, path, Now).IsValid);

        var later = paths.Verify(Key, path, Now.AddMinutes(5));

        Assert.Equal(SignedMediaStatus.Expired, later.Status);
        Assert.Equal(SignedMediaStatus.Expired, paths.Verify(Key, path, Now.AddMinutes(6)).Status);
        Assert.Equal(0, paths.Count);
    }

    [Fact]
    public void Refused_paths_are_not_remembered()
    {
        var paths = new VerifiedMediaPaths();
        var genuine = SignedMediaUrl.CreatePath(Key, "title-1", "session", Now.AddHours(1), 720, "master.m3u8");
        var forged = genuine.Replace("/title-1/", "/title-2/", StringComparison.Ordinal);
        var uncapped = genuine.Replace("/720/", "/0/", StringComparison.Ordinal);

        Assert.Equal(SignedMediaStatus.BadSignature, paths.Verify(Key, forged, Now).Status);
        Assert.Equal(SignedMediaStatus.BadSignature, paths.Verify(Key, uncapped, Now).Status);
        Assert.Equal(SignedMediaStatus.Missing, paths.Verify(Key, "/v/title-1/master.m3u8", Now).Status);
        Assert.Equal(SignedMediaStatus.Expired, paths.Verify(Key, genuine, Now.AddHours(2)).Status);
        Assert.Equal(0, paths.Count);
    }

    [Fact]
    public void The_memory_is_bounded()
    {
        var paths = new VerifiedMediaPaths();
        for (var i = 0; i <= VerifiedMediaPaths.MaxEntries; i++)
        {
            paths.Verify(Key, SignedMediaUrl.CreatePath(Key, "title-1", $"s{i}", Now.AddHours(1), 0), Now);
        }

        Assert.InRange(paths.Count, 1, VerifiedMediaPaths.MaxEntries);
    }
}
