using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.ServiceDefaults.Tests;

/// <summary>The plan's height cap carried in signed media paths: signed, canonical, and not movable.</summary>
public sealed class SignedMediaUrlHeightCapTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("an-edge-signing-key-of-at-least-32-bytes");
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expiry = Now.AddHours(4);

    private static string SignedPath(int maxHeight, string session = "s-abc", string relativePath = "v0123456789ab/master.m3u8") =>
        SignedMediaUrl.CreatePath(Key, "the-long-night", session, Expiry, maxHeight, relativePath);

    private static string[] Parts(string path) => path.Split('/');   // "", "v", exp, session, cap, sig, title, ...

    [Theory]
    [InlineData(0)]
    [InlineData(480)]
    [InlineData(720)]
    [InlineData(SignedMediaUrl.MaxHeightLimit)]
    public void The_cap_round_trips(int maxHeight)
    {
        var path = SignedPath(maxHeight);
        var result = SignedMediaUrl.Verify(Key, path, Now);

        Assert.Equal(SignedMediaStatus.Valid, result.Status);
        Assert.Equal(maxHeight, result.MaxHeight);
        Assert.Equal(maxHeight > 0, result.IsHeightCapped);
        Assert.Equal(maxHeight.ToString(System.Globalization.CultureInfo.InvariantCulture), Parts(path)[4]);
        Assert.Equal("the-long-night/v0123456789ab/master.m3u8", result.OriginPath);
    }

    [Theory]
    [InlineData(720, "1080")]
    [InlineData(720, "0")]      // lifting the cap altogether
    [InlineData(480, "481")]
    [InlineData(0, "240")]      // even lowering it: the cap is whatever was signed, nothing else
    public void A_changed_cap_is_a_bad_signature(int signedCap, string presentedCap)
    {
        var parts = Parts(SignedPath(signedCap));
        parts[4] = presentedCap;

        var result = SignedMediaUrl.Verify(Key, string.Join('/', parts), Now);

        Assert.Equal(SignedMediaStatus.BadSignature, result.Status);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("0720")]
    [InlineData("00")]
    [InlineData("-1")]
    [InlineData("+720")]
    [InlineData("720 ")]
    [InlineData("7e2")]
    [InlineData("")]
    [InlineData("100000")]      // six digits
    [InlineData("x")]
    public void A_non_canonical_cap_is_malformed(string presentedCap)
    {
        var parts = Parts(SignedPath(720));
        parts[4] = presentedCap;

        Assert.Equal(SignedMediaStatus.Malformed, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void A_path_without_the_cap_is_malformed()
    {
        // The v1 shape, /v/{exp}/{session}/{sig}/{title}/...: the signature now sits where the cap belongs.
        var parts = Parts(SignedPath(0)).ToList();
        parts.RemoveAt(4);

        Assert.Equal(SignedMediaStatus.Malformed, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(SignedMediaUrl.MaxHeightLimit + 1)]
    public void Creating_a_path_with_an_impossible_cap_throws(int maxHeight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SignedPath(maxHeight));
    }

    [Fact]
    public void Swapping_a_numeric_session_and_the_cap_is_a_bad_signature()
    {
        // Session "480" with cap 720 re-sliced as session "720" with cap 480: both parse, neither was signed.
        var parts = Parts(SignedPath(720, session: "480"));
        (parts[3], parts[4]) = (parts[4], parts[3]);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void Digits_cannot_move_between_the_session_and_the_cap()
    {
        // Signed as session "s1" + cap 20; presented as session "s" + cap 120 (the cap raised by re-slicing).
        var parts = Parts(SignedPath(20, session: "s1"));
        parts[3] = "s";
        parts[4] = "120";

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void Digits_cannot_move_between_the_expiry_and_the_cap()
    {
        var parts = Parts(SignedPath(72));
        parts[2] += "0";                                       // a far later expiry...
        parts[4] = "7";                                        // ...paid for with a digit of the cap

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void A_signature_over_the_old_text_does_not_open_the_new_format()
    {
        // What a v1 signer produced for the same title, expiry and session: without the cap and the v2
        // marker it must not be accepted under any cap, in particular "no cap".
        var expires = Expiry.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var v1 = Base64Url.EncodeToString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"v1\nthe-long-night/\n{expires}\ns-abc")));
        var parts = Parts(SignedPath(0));
        parts[5] = v1;

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void An_expired_capped_path_still_reports_its_cap()
    {
        var result = SignedMediaUrl.Verify(Key, SignedPath(480), Expiry);

        Assert.Equal(SignedMediaStatus.Expired, result.Status);
        Assert.Equal(480, result.MaxHeight);
    }

    [Fact]
    public void One_capped_signature_covers_every_file_of_the_title_with_the_same_cap()
    {
        var master = SignedPath(480);
        var segment = master.Replace("/master.m3u8", "/480p/seg_120.ts", StringComparison.Ordinal);

        var result = SignedMediaUrl.Verify(Key, segment, Now);

        Assert.True(result.IsValid);
        Assert.Equal(480, result.MaxHeight);
        Assert.Equal("v0123456789ab/480p/seg_120.ts", result.RelativePath);
    }
}
