using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Streamflix.Accounts.Model;
using Streamflix.Accounts.Security;

namespace Streamflix.Accounts.Tests;

public sealed class AccountPasswordHasherTests
{
    private readonly AccountPasswordHasher _hasher = new(new PasswordHasher<Account>());

    [Fact]
    public void A_hash_verifies_its_password_and_no_other()
    {
        var hash = _hasher.Hash("correct-horse-9");

        Assert.DoesNotContain("correct-horse-9", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordCheck.Correct, _hasher.Verify(hash, "correct-horse-9"));
        Assert.Equal(PasswordCheck.Wrong, _hasher.Verify(hash, "correct-horse-8"));
        Assert.Equal(PasswordCheck.Wrong, _hasher.Verify(hash, "CORRECT-HORSE-9"));
    }

    [Fact]
    public void Hashes_are_salted() =>
        Assert.NotEqual(_hasher.Hash("correct-horse-9"), _hasher.Hash("correct-horse-9"));

    [Fact]
    public void A_hash_made_with_weaker_settings_asks_for_a_rehash()
    {
        var weak = new AccountPasswordHasher(new PasswordHasher<Account>(
            Options.Create(new PasswordHasherOptions { IterationCount = 1_000 })));
        var oldHash = weak.Hash("correct-horse-9");

        Assert.Equal(PasswordCheck.CorrectNeedsRehash, _hasher.Verify(oldHash, "correct-horse-9"));
        Assert.Equal(PasswordCheck.Correct, _hasher.Verify(_hasher.Hash("correct-horse-9"), "correct-horse-9"));
    }

    [Fact]
    public void Checking_a_password_without_an_account_always_fails() =>
        Assert.Equal(PasswordCheck.Wrong, _hasher.VerifyWithoutAccount("correct-horse-9"));
}
