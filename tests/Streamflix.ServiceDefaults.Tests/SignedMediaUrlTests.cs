using System.Text;
using Streamflix.ServiceDefaults.Security;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class SignedMediaUrlTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("an-edge-signing-key-of-at-least-32-bytes");
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expiry = Now.AddHours(4);

    private static string SignedPath(string relativePath = "master.m3u8", string title = "the-long-night", string session = "s-abc", int maxHeight = 0) =>
        SignedMediaUrl.CreatePath(Key, title, session, Expiry, maxHeight, relativePath);

    [Fact]
    public void A_created_path_has_the_documented_shape()
    {
        var parts = SignedPath("480p/seg_003.ts", maxHeight: 720).Split('/');

        Assert.Equal(["", "v", Expiry.ToUnixTimeSeconds().ToString(), "s-abc", "720"], parts[..5]);
        Assert.Equal(43, parts[5].Length);
        Assert.Equal(["the-long-night", "480p", "seg_003.ts"], parts[6..]);
    }

    [Theory]
    [InlineData("master.m3u8")]
    [InlineData("480p/index.m3u8")]
    [InlineData("480p/seg_003.ts")]
    [InlineData("audio/en/aac/init.mp4")]
    public void A_created_path_verifies_with_its_title_and_relative_path(string relativePath)
    {
        var result = SignedMediaUrl.Verify(Key, SignedPath(relativePath), Now);

        Assert.Equal(SignedMediaStatus.Valid, result.Status);
        Assert.Equal("the-long-night", result.TitleId);
        Assert.Equal(relativePath, result.RelativePath);
        Assert.Equal("s-abc", result.SessionId);
        Assert.Equal($"the-long-night/{relativePath}", result.OriginPath);
    }

    [Fact]
    public void One_signature_covers_every_file_of_the_title()
    {
        // What makes relative URIs inside playlists work: only the relative part changes.
        var master = SignedPath();
        var segment = master.Replace("/master.m3u8", "/1080p/seg_120.ts", StringComparison.Ordinal);

        Assert.True(SignedMediaUrl.Verify(Key, segment, Now).IsValid);
    }

    [Fact]
    public void A_query_string_is_ignored()
    {
        Assert.True(SignedMediaUrl.Verify(Key, SignedPath() + "?_HLS_msn=3", Now).IsValid);
    }

    [Fact]
    public void A_tampered_signature_is_refused()
    {
        var parts = SignedPath().Split('/');
        var signature = parts[5].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        parts[5] = new string(signature);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, string.Join('/', parts), Now).Status);
    }

    [Fact]
    public void A_signature_made_with_another_key_is_refused()
    {
        var otherKey = Encoding.UTF8.GetBytes("another-key-that-is-also-32-bytes-long!!");
        var forged = SignedMediaUrl.CreatePath(otherKey, "the-long-night", "s-abc", Expiry, 0);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, forged, Now).Status);
    }

    [Theory]
    [InlineData("the-long-nigh")]
    [InlineData("the-long-night-2")]
    [InlineData("another-title")]
    public void A_signature_replayed_for_another_title_is_refused(string otherTitle)
    {
        var replayed = SignedPath().Replace("/the-long-night/", $"/{otherTitle}/", StringComparison.Ordinal);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, replayed, Now).Status);
    }

    [Fact]
    public void A_signature_replayed_for_another_session_is_refused()
    {
        var replayed = SignedPath().Replace("/s-abc/", "/s-abd/", StringComparison.Ordinal);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, replayed, Now).Status);
    }

    [Fact]
    public void An_extended_expiry_is_refused()
    {
        var expires = Expiry.ToUnixTimeSeconds();
        var extended = SignedPath().Replace($"/{expires}/", $"/{expires + 86_400}/", StringComparison.Ordinal);

        Assert.Equal(SignedMediaStatus.BadSignature, SignedMediaUrl.Verify(Key, extended, Now).Status);
    }

    [Fact]
    public void An_expired_signature_is_refused()
    {
        Assert.Equal(SignedMediaStatus.Expired, SignedMediaUrl.Verify(Key, SignedPath(), Expiry).Status);
        Assert.Equal(SignedMediaStatus.Expired, SignedMediaUrl.Verify(Key, SignedPath(), Expiry.AddDays(1)).Status);
        Assert.True(SignedMediaUrl.Verify(Key, SignedPath(), Expiry.AddSeconds(-1)).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/media/the-long-night/master.m3u8")]
    [InlineData("/v/")]
    [InlineData("/v/the-long-night/master.m3u8")]
    public void A_path_without_a_token_is_missing(string? path)
    {
        Assert.Equal(SignedMediaStatus.Missing, SignedMediaUrl.Verify(Key, path, Now).Status);
    }

    public static TheoryData<string> MalformedPaths()
    {
        var valid = SignedPath("480p/seg_003.ts");
        var parts = valid.Split('/');
        var prefix = string.Join('/', parts[..7]);           // /v/{exp}/{session}/{maxHeight}/{sig}/the-long-night
        var token = string.Join('/', parts[..6]);            // /v/{exp}/{session}/{maxHeight}/{sig}
        return new TheoryData<string>
        {
            prefix,                                           // no relative path
            prefix + "/",                                     // empty relative path
            prefix + "/480p//seg_003.ts",                     // empty segment
            prefix + "/../other-title/master.m3u8",           // traversal
            prefix + "/480p/../../etc/passwd",
            prefix + "/%2e%2e/other-title/master.m3u8",       // encoded traversal
            prefix + "/480p%2f..%2fx.ts",
            prefix + "/480p\\..\\x.ts",
            prefix + "/.hidden.ts",
            prefix + "/a/b/c/d/e.ts",                         // deeper than 4
            prefix + "/480p/seg 003.ts",
            prefix + "/480p/seg_003.ts\n",
            token + "/The-Long-Night/master.m3u8",            // title id must be lowercase
            token + "/-night/master.m3u8",
            "/v/..%2f..%2fetc/passwd",
            "/v/0" + valid[4..],                               // leading zero in expiry
            "/v/-1" + valid[valid.IndexOf('/', 3)..],
            "/v/1764355200/s abc/0/" + parts[5] + "/the-long-night/master.m3u8",
            "/v/1764355200/s-abc/0/short/the-long-night/master.m3u8",
        };
    }

    [Theory]
    [MemberData(nameof(MalformedPaths))]
    public void A_malformed_or_traversing_path_is_refused(string path)
    {
        Assert.Equal(SignedMediaStatus.Malformed, SignedMediaUrl.Verify(Key, path, Now).Status);
    }

    [Theory]
    [InlineData("The-Title", "s-abc", "master.m3u8")]
    [InlineData("the-title", "s/abc", "master.m3u8")]
    [InlineData("the-title", "s-abc", "../master.m3u8")]
    [InlineData("the-title", "s-abc", "")]
    public void Creating_a_path_from_invalid_parts_throws(string title, string session, string relativePath)
    {
        Assert.Throws<ArgumentException>(() => SignedMediaUrl.CreatePath(Key, title, session, Expiry, 0, relativePath));
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SignedMediaUrl.CreatePath(new byte[16], "t", "s", Expiry, 0));
    }

    [Fact]
    public void A_base64_key_of_32_bytes_is_used_as_bytes()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        Assert.True(MediaSigningKey.TryParse(Convert.ToBase64String(bytes), out var key));
        Assert.Equal(bytes, key);
    }

    [Fact]
    public void A_long_plain_key_is_used_as_utf8()
    {
        const string text = "not base64 at all, but long enough!";

        Assert.True(MediaSigningKey.TryParse(text, out var key));
        Assert.Equal(Encoding.UTF8.GetBytes(text), key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short-key")]
    public void A_missing_or_short_key_is_not_a_key(string? configured)
    {
        Assert.False(MediaSigningKey.TryParse(configured, out _));
    }

    [Theory]
    [InlineData(null, "x", SharedKeyOutcome.NotConfigured)]
    [InlineData("secret", null, SharedKeyOutcome.Missing)]
    [InlineData("secret", "secreT", SharedKeyOutcome.Mismatch)]
    [InlineData("secret", "secret", SharedKeyOutcome.Match)]
    public void Shared_keys_match_only_when_configured_and_equal(string? expected, string? presented, SharedKeyOutcome outcome)
    {
        Assert.Equal(outcome, SharedKeyCheck.Check(expected, presented));
    }

    [Theory]
    [InlineData("/media/t/../x", true)]
    [InlineData("/media/t/%2E%2E/x", true)]
    [InlineData("/media/t/a%2fb", true)]
    [InlineData("/media/t/a\\b", true)]
    [InlineData("/media/./t", true)]
    [InlineData("/media/t/seg_001.ts?x=..", false)]
    [InlineData("/media/t/seg..1.ts", false)]
    [InlineData("/health", false)]
    public void The_traversal_guard_spots_raw_dot_segments_and_encoded_separators(string raw, bool refused)
    {
        Assert.Equal(refused, TraversalGuard.LooksLikeTraversal(raw));
    }
}
