using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Tests;

public sealed class RefreshTokenSecretTests
{
    [Fact]
    public void A_secret_is_32_random_bytes_in_base64url()
    {
        var secret = RefreshTokenSecret.Create();

        Assert.Equal(43, secret.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", secret);
        Assert.Equal(32, Base64Url.DecodeFromChars(secret).Length);
        Assert.True(secret.Length <= RefreshTokenSecret.MaxPresentedLength);
    }

    [Fact]
    public void Secrets_do_not_repeat()
    {
        var secrets = Enumerable.Range(0, 1000).Select(_ => RefreshTokenSecret.Create()).ToHashSet();
        Assert.Equal(1000, secrets.Count);
    }

    [Fact]
    public void The_stored_hash_is_the_sha256_of_the_secret()
    {
        var secret = RefreshTokenSecret.Create();
        var hash = RefreshTokenSecret.Hash(secret);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), hash);
        Assert.Equal(hash, RefreshTokenSecret.Hash(secret));
        Assert.NotEqual(hash, RefreshTokenSecret.Hash(secret + "x"));
    }
}
