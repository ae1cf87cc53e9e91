using Streamflix.Billing.Data;

namespace Streamflix.Billing.Tests;

public sealed class AccountLockTests
{
    [Fact]
    public void An_account_always_gets_the_same_lock_key()
    {
        var account = Guid.Parse("6f1c2b9e-1d7a-4c1e-9a57-3b4f6f0d2a11");

        Assert.Equal(AccountLock.KeyOf(account), AccountLock.KeyOf(Guid.Parse(account.ToString())));
    }

    [Fact]
    public void Different_accounts_get_different_lock_keys()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => AccountLock.KeyOf(Guid.NewGuid())).ToHashSet();

        Assert.Equal(1000, keys.Count);
    }
}
